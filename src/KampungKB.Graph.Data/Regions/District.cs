namespace KampungKB.Graph.Data.Regions;

/// <summary>A kecamatan, keyed by its Kemendagri code, e.g. <c>51.01.01</c>.</summary>
public sealed class District
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string RegencyCode { get; set; }
    public Regency? Regency { get; set; }
    public List<Village> Villages { get => field ??= []; set; }
}
