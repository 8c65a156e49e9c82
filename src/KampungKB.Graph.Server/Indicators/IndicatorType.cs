using KampungKB.Graph.Server.Programs;
using KampungKB.Graph.Server.Types;
using KampungKB.Graph.Querying;
using GraphQL.Types;
using KampungKB.Graph.Data.Programs;
using KampungKB.Graph.Server.Relay;

namespace KampungKB.Graph.Server.Indicators;

/// <summary>GraphQL <c>Indicator</c>.</summary>
internal sealed class IndicatorType : ObjectGraphType<Indicator>
{
    public IndicatorType()
    {
        Name = "Indicator";
        Description = "A figure a programme publishes per Kampung KB per month, e.g. stunting prevalence.";
        this.NodeId(i => i.Code);
        Field(i => i.Code).Description("Stable code, e.g. `STUNTING_PREVALENCE`.");
        Field(i => i.Name).Description("Name of the indicator.");
        Field(i => i.Unit).Description("Unit of its values, e.g. `%` or `families`.");
        Field(i => i.Aggregation, type: typeof(NonNullGraphType<IndicatorAggregationType>)).Description("How its values combine.");
        Field(i => i.ProgramCode).Description("Code of the programme that publishes it.");
        this.BatchedReference("program", typeof(NonNullGraphType<ProgramType>), i => i.ProgramCode, (SectorProgram p) => p.Code, HubData.Rows(db => db.Programs))
            .Description = "The programme that publishes it.";
    }
}
