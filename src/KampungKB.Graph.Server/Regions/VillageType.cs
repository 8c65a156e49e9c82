using Entity = KampungKB.Graph.Data.Kampung.KampungKb;
using KampungKB.Graph.Server.KampungKb;
using KampungKB.Graph.Server.Types;
using KampungKB.Graph.Querying;
using GraphQL.Types;
using KampungKB.Graph.Data.Regions;
using KampungKB.Graph.Server.Relay;

namespace KampungKB.Graph.Server.Regions;

/// <summary>GraphQL <c>Village</c>.</summary>
internal sealed class VillageType : ObjectGraphType<Village>
{
    public VillageType()
    {
        Name = "Village";
        Description = "A desa or kelurahan, keyed by its Kemendagri code.";
        this.NodeId(v => v.Code);
        Field(v => v.Code).Description("Kemendagri code, e.g. `51.01.01.2001`.");
        Field(v => v.Name).Description("Official name (without the word desa or kelurahan).");
        Field(v => v.Kind, type: typeof(NonNullGraphType<VillageKindType>)).Description("Desa, kelurahan or desa adat.");
        Field(v => v.DistrictCode).Description("Code of the kecamatan it belongs to.");
        this.BatchedReference("district", typeof(NonNullGraphType<DistrictType>), v => v.DistrictCode, (District d) => d.Code, HubData.Rows(db => db.Districts), navigation: v => v.District)
            .Description = "The kecamatan it belongs to.";
        this.BatchedList("kampungKbs", typeof(KampungKbType), v => v.Code, (Entity k) => k.VillageCode, HubData.Rows(db => db.KampungKbs))
            .Filter<KampungKbFilterInputType>().Sort<KampungKbSortInputType>()
            .Description("The Kampung KB in this village (usually one, none where not yet declared).");
    }
}
