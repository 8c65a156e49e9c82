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
    }
}
