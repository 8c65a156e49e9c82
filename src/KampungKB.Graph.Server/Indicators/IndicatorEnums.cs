using GraphQL.Types;
using KampungKB.Graph.Data.Programs;

namespace KampungKB.Graph.Server.Indicators;

/// <summary>GraphQL <c>IndicatorAggregation</c>.</summary>
internal sealed class IndicatorAggregationType : EnumerationGraphType<IndicatorAggregation>
{
    public IndicatorAggregationType()
    {
        Name = "IndicatorAggregation";
        Description = "How observations of an indicator combine across Kampung KB and months.";
        Values["SUM"]!.Description = "Add the values (counts of people or families).";
        Values["AVG"]!.Description = "Average the values (rates and shares).";
        Values["LAST"]!.Description = "Take the latest value (stocks such as members).";
    }
}
