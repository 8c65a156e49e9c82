using KampungKB.Graph.Server.Types;
using KampungKB.Graph.Querying;
using GraphQL.Types;
using KampungKB.Graph.Data.Regions;
using KampungKB.Graph.Server.Analytics;
using KampungKB.Graph.Server.Relay;

namespace KampungKB.Graph.Server.Regions;

/// <summary>GraphQL <c>Regency</c>.</summary>
internal sealed class RegencyType : ObjectGraphType<Regency>
{
    public RegencyType()
    {
        Name = "Regency";
        Description = "A kabupaten or kota, keyed by its Kemendagri code.";
        this.NodeId(r => r.Code);
        Field(r => r.Code).Description("Kemendagri code, e.g. `51.01`.");
        Field(r => r.Name).Description("Official name, with `Kabupaten` or `Kota`, e.g. `Kabupaten Jembrana`.");
        Field(r => r.Kind, type: typeof(NonNullGraphType<RegencyKindType>)).Description("Kabupaten or kota.");
        Field(r => r.ProvinceCode).Description("Code of the province it belongs to.");
        this.BatchedReference("province", typeof(NonNullGraphType<ProvinceType>), r => r.ProvinceCode, (Province p) => p.Code, HubData.Rows(db => db.Provinces), navigation: r => r.Province)
            .Description = "The province it belongs to.";
        this.BatchedList("districts", typeof(DistrictType), r => r.Code, (District d) => d.RegencyCode, HubData.Rows(db => db.Districts))
            .Filter<DistrictFilterInputType>().Sort<DistrictSortInputType>()
            .Description("Its kecamatan, in code order unless `order` says otherwise.");
        this.AddStats(RegionLevel.Regency, r => r.Code);
    }
}
