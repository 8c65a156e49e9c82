using GraphQL.Types;
using KampungKB.Graph.Data.Regions;

namespace KampungKB.Graph.Server.Regions;

/// <summary><c>KABUPATEN</c> or <c>KOTA</c>.</summary>
internal sealed class RegencyKindType : EnumerationGraphType<RegencyKind>
{
    public RegencyKindType()
    {
        Name = "RegencyKind";
        Description = "Whether a kab/kota is a kabupaten (codes 01-69) or a kota (codes 71-99).";
        Values["KABUPATEN"]!.Description = "Kabupaten (regency).";
        Values["KOTA"]!.Description = "Kota (city).";
    }
}

/// <summary><c>DESA</c>, <c>KELURAHAN</c> or <c>DESA_ADAT</c>.</summary>
internal sealed class VillageKindType : EnumerationGraphType<VillageKind>
{
    public VillageKindType()
    {
        Name = "VillageKind";
        Description = "The kind of a village, from the first digit of the last code part: 1 kelurahan, 2 desa, 3 desa adat.";
        Values["KELURAHAN"]!.Description = "Kelurahan: an urban village run by the regency's administration.";
        Values["DESA"]!.Description = "Desa: a self-governing village.";
        Values["DESA_ADAT"]!.Description = "Desa adat: a customary village.";
    }
}
