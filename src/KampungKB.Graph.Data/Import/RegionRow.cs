using KampungKB.Graph.Data.Regions;

namespace KampungKB.Graph.Data.Import;

/// <summary>The four levels of the Kemendagri list; the level is the number of parts of a code.</summary>
public enum RegionLevel
{
    Province = 1,
    Regency = 2,
    District = 3,
    Village = 4,
}

/// <summary>A valid row of a region file: a code, its name, and what the code and name say about it.</summary>
/// <remarks><c>Kind</c> is a kab/kota's <see cref="RegencyKind"/>, a village's <see cref="VillageKind"/>, else 0.</remarks>
internal sealed record RegionRow(int Line, string Code, string Name, RegionLevel Level, int Kind, string[] Fields)
{
    /// <summary>The code of the region this one lies in; empty for a province.</summary>
    public string ParentCode => Level == RegionLevel.Province ? "" : Code[..Code.LastIndexOf('.')];
}
