using KampungKB.Graph.Data.Kampung;

namespace KampungKB.Graph.Data.Regions;

/// <summary>A desa or kelurahan, keyed by its Kemendagri code, e.g. <c>51.01.01.2001</c>.</summary>
public sealed class Village
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public VillageKind Kind { get; set; }
    public required string DistrictCode { get; set; }
    public District? District { get; set; }
    // Made on first use, as KampungKb's collections: a read materializes many villages that never load it.
    public List<KampungKb> KampungKbs { get => field ??= []; set; }
}

/// <summary>The first digit of the last code part: 1 kelurahan, 2 desa, 3 desa adat.</summary>
public enum VillageKind
{
    Kelurahan = 1,
    Desa = 2,
    DesaAdat = 3,
}
