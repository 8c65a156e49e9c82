using KampungKB.Graph.Server.Types;
using KampungKB.Graph.Querying;
using GraphQL.Types;
using KampungKB.Graph.Data.Regions;
using KampungKB.Graph.Server.Analytics;
using KampungKB.Graph.Server.Relay;

namespace KampungKB.Graph.Server.Regions;

/// <summary>GraphQL <c>Province</c>.</summary>
internal sealed class ProvinceType : ObjectGraphType<Province>
{
    public ProvinceType()
    {
        Name = "Province";
        Description = "A province (provinsi), keyed by its two-digit Kemendagri code.";
        this.NodeId(p => p.Code);
        Field(p => p.Code).Description("Kemendagri code, e.g. `51` for Bali.");
        Field(p => p.Name).Description("Official name, e.g. `Bali`.");
        this.BatchedList("regencies", typeof(RegencyType), p => p.Code, (Regency r) => r.ProvinceCode, HubData.Rows(db => db.Regencies))
            .Filter<RegencyFilterInputType>().Sort<RegencySortInputType>()
            .Description("Its kab/kota, in code order unless `order` says otherwise.");
        this.AddStats(RegionLevel.Province, p => p.Code);
    }
}
