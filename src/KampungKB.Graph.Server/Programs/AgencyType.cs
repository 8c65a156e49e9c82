using KampungKB.Graph.Server.Types;
using KampungKB.Graph.Querying;
using GraphQL.Types;
using KampungKB.Graph.Data.Programs;
using KampungKB.Graph.Server.Relay;

namespace KampungKB.Graph.Server.Programs;

/// <summary>GraphQL <c>Agency</c>.</summary>
internal sealed class AgencyType : ObjectGraphType<Agency>
{
    public AgencyType()
    {
        Name = "Agency";
        Description = "A government agency (OPD/dinas, ministry or BKKBN) that runs programmes in Kampung KB.";
        this.NodeId(a => a.Code);
        Field(a => a.Code).Description("Short stable code, e.g. `DINKES`.");
        Field(a => a.Name).Description("Name of the agency.");
        this.BatchedList("programs", typeof(ProgramType), a => a.Code, (SectorProgram p) => p.AgencyCode, HubData.Rows(db => db.Programs))
            .Filter<ProgramFilterInputType>().Sort<ProgramSortInputType>()
            .Description("The programmes it runs.");
    }
}
