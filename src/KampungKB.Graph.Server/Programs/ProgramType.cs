using KampungKB.Graph.Server.Indicators;
using KampungKB.Graph.Server.Types;
using KampungKB.Graph.Querying;
using GraphQL.Types;
using KampungKB.Graph.Data.Programs;
using KampungKB.Graph.Server.Relay;

namespace KampungKB.Graph.Server.Programs;

/// <summary>GraphQL <c>Program</c>.</summary>
internal sealed class ProgramType : ObjectGraphType<SectorProgram>
{
    public ProgramType()
    {
        Name = "Program";
        Description = "A sector programme linked to Kampung KB (GATI, DEKAT, stunting reduction, Koperasi Merah Putih, Posyandu, ...).";
        this.NodeId(p => p.Code);
        Field(p => p.Code).Description("Short stable code, e.g. `DEKAT`.");
        Field(p => p.Name).Description("Name of the programme.");
        Field(p => p.Description, nullable: true).Description("What the programme does.");
        Field(p => p.AgencyCode).Description("Code of the agency that runs it.");
        Field(p => p.ParentCode, nullable: true).Description("Code of the programme it belongs to, e.g. `GATI` for `DEKAT`.");
        this.BatchedReference("agency", typeof(NonNullGraphType<AgencyType>), p => p.AgencyCode, (Agency a) => a.Code, HubData.Rows(db => db.Agencies))
            .Description = "The agency that runs it.";
        this.BatchedReference("parent", typeof(ProgramType), p => p.ParentCode, (SectorProgram p) => p.Code, HubData.Rows(db => db.Programs))
            .Description = "The programme it belongs to, or null for a top-level one.";
        this.BatchedList("children", typeof(ProgramType), p => p.Code, (SectorProgram c) => c.ParentCode, HubData.Rows(db => db.Programs))
            .Filter<ProgramFilterInputType>().Sort<ProgramSortInputType>()
            .Description("Programmes under it, e.g. DEKAT under GATI.");
        this.BatchedList("indicators", typeof(IndicatorType), p => p.Code, (Indicator i) => i.ProgramCode, HubData.Rows(db => db.Indicators))
            .Filter<IndicatorFilterInputType>().Sort<IndicatorSortInputType>()
            .Description("The indicators it publishes.");
    }
}
