using GraphQL.Types;

namespace KampungKB.Graph.Server.Analytics;

/// <summary>GraphQL <c>IndicatorSeries</c>.</summary>
internal sealed class IndicatorSeriesType : ObjectGraphType<IndicatorSeries>
{
    public IndicatorSeriesType()
    {
        Name = "IndicatorSeries";
        Description = "The monthly values of one indicator for one region, or overall.";
        Field(s => s.RegionCode, nullable: true).Description("Code of the region at the `groupBy` level; null for the overall series.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorPointType>>>>("points")
            .Description("One point per month with data, oldest first.")
            .Resolve(ctx => ctx.Source.Points);
    }
}

/// <summary>GraphQL <c>IndicatorPoint</c>.</summary>
internal sealed class IndicatorPointType : ObjectGraphType<SeriesPoint>
{
    public IndicatorPointType()
    {
        Name = "IndicatorPoint";
        Description = "The value of an indicator in one month.";
        Field(p => p.Period).Description("Month as `YYYY-MM`.");
        Field(p => p.Value).Description("SUM: the total of the month; AVG: the mean over Kampung KB; LAST: each Kampung KB's latest value up to the month, summed.");
        Field(p => p.KampungKbCount).Description("Kampung KB whose values went into the point (for LAST, including values carried forward).");
    }
}
