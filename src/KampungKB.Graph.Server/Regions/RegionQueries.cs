using GraphQL.Types;
using KampungKB.Graph.Data.Regions;
using KampungKB.Graph.Querying;
using KampungKB.Graph.Server.Types;

namespace KampungKB.Graph.Server.Regions;

/// <summary>Root fields for the region hierarchy.</summary>
internal static class RegionQueries
{
    public static void AddRegionQueries(this ObjectGraphType query)
    {
        query.Connection("provinces", typeof(ProvinceType), HubData.Rows(db => db.Provinces))
            .Filter<ProvinceFilterInputType>().Sort<ProvinceSortInputType>()
            .Description("Provinces, in code order unless `order` says otherwise.");
        query.Connection("regencies", typeof(RegencyType), HubData.Rows(db => db.Regencies))
            .Filter<RegencyFilterInputType>().Sort<RegencySortInputType>()
            .Description("Kabupaten and kota, in code order unless `order` says otherwise.");
        query.Connection("districts", typeof(DistrictType), HubData.Rows(db => db.Districts))
            .Filter<DistrictFilterInputType>().Sort<DistrictSortInputType>()
            .Description("Kecamatan, in code order unless `order` says otherwise.");
        query.Connection("villages", typeof(VillageType), HubData.Rows(db => db.Villages))
            .Filter<VillageFilterInputType>().Sort<VillageSortInputType>()
            .Description("Desa and kelurahan, in code order unless `order` says otherwise.");

        query.ByCode<ProvinceType, Province>("province", "One province by its Kemendagri code, or null.", "`51`");
        query.ByCode<RegencyType, Regency>("regency", "One kab/kota by its Kemendagri code, or null.", "`51.01`");
        query.ByCode<DistrictType, District>("district", "One kecamatan by its Kemendagri code, or null.", "`51.01.01`");
        query.ByCode<VillageType, Village>("village", "One desa/kelurahan by its Kemendagri code, or null.", "`51.01.01.2001`");
    }
}
