using Entity = KampungKB.Graph.Data.Kampung.KampungKb;
using KampungKB.Graph.Server.KampungKb;
using KampungKB.Graph.Server.Types;
using KampungKB.Graph.Querying;
using GraphQL.Types;
using KampungKB.Graph.Data.Programs;

namespace KampungKB.Graph.Server.Indicators;

/// <summary>GraphQL <c>Observation</c>.</summary>
internal sealed class ObservationType : ObjectGraphType<Observation>
{
    public ObservationType()
    {
        Name = "Observation";
        Description = "One monthly value of an indicator for one Kampung KB.";
        Field(o => o.IndicatorCode).Description("Code of the indicator.");
        Field(o => o.KampungKbId).Description("Database ID of the Kampung KB.");
        Field(o => o.Period).Description("Period as `YYYY-MM`.");
        Field(o => o.Value).Description("The observed value, in the indicator's unit.");
        this.BatchedReference("indicator", typeof(NonNullGraphType<IndicatorType>), o => o.IndicatorCode, (Indicator i) => i.Code, HubData.Rows(db => db.Indicators))
            .Description = "The indicator.";
        this.BatchedReference("kampungKb", typeof(NonNullGraphType<KampungKbType>), o => o.KampungKbId, (Entity k) => k.Id, HubData.Rows(db => db.KampungKbs), navigation: o => o.KampungKb)
            .Description = "The Kampung KB.";
    }
}
