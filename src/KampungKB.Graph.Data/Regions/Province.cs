namespace KampungKB.Graph.Data.Regions;

/// <summary>A province (provinsi), keyed by its two-digit Kemendagri code, e.g. <c>51</c>.</summary>
public sealed class Province
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public List<Regency> Regencies { get => field ??= []; set; }
}
