namespace KampungKB.Graph.Data.Regions;

/// <summary>A kabupaten or kota, keyed by its Kemendagri code, e.g. <c>51.01</c>.</summary>
public sealed class Regency
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public RegencyKind Kind { get; set; }
    public required string ProvinceCode { get; set; }
    public Province? Province { get; set; }
    public List<District> Districts { get => field ??= []; set; }
}

/// <summary>Kabupaten (codes 01-69) or kota (71-99).</summary>
public enum RegencyKind
{
    Kabupaten = 1,
    Kota = 2,
}
