using KampungKB.Graph.Server.Types;
using KampungKB.Graph.Querying;
using GraphQL.Types;
using KampungKB.Graph.Data.Regions;
using KampungKB.Graph.Server.Analytics;
using KampungKB.Graph.Server.Relay;

namespace KampungKB.Graph.Server.Regions;

/// <summary>GraphQL <c>District</c>.</summary>
internal sealed class DistrictType : ObjectGraphType<District>
{
    public DistrictType()
    {
        Name = "District";
        Description = "A kecamatan, keyed by its Kemendagri code.";
        this.NodeId(d => d.Code);
        Field(d => d.Code).Description("Kemendagri code, e.g. `51.01.01`.");
        Field(d => d.Name).Description("Official name.");
        Field(d => d.RegencyCode).Description("Code of the kab/kota it belongs to.");
        this.BatchedReference("regency", typeof(NonNullGraphType<RegencyType>), d => d.RegencyCode, (Regency r) => r.Code, HubData.Rows(db => db.Regencies), navigation: d => d.Regency)
            .Description = "The kab/kota it belongs to.";
        this.BatchedList("villages", typeof(VillageType), d => d.Code, (Village v) => v.DistrictCode, HubData.Rows(db => db.Villages))
            .Filter<VillageFilterInputType>().Sort<VillageSortInputType>()
            .Description("Its desa/kelurahan, in code order unless `order` says otherwise.");
        this.AddStats(RegionLevel.District, d => d.Code);
    }
}
