using GraphQL;
using GraphQL.Types;
using KampungKB.Graph.Querying.Filtering;
using KampungKB.Graph.Server.KampungKb;
using KampungKB.Graph.Server.Types;
using Entity = KampungKB.Graph.Data.Kampung.KampungKb;

namespace KampungKB.Graph.Server.Analytics;

/// <summary>Root fields for dashboards: national stats, grouped aggregates and indicator time series.</summary>
internal static class AnalyticsQueries
{
    public static void AddAnalyticsQueries(this ObjectGraphType query)
    {
        query.AddIndonesiaStats();

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<KampungKbGroupType>>>>("kampungKbAggregate")
            .Description("Counts the Kampung KB that `where` selects (the same filter as `kampungKbs`), in groups: one GROUP BY in the database. " +
                "Without `groupBy` the answer is one group, the total. Groups come in key order.")
            .Argument<KampungKbFilterInputType>("where", "Filters the Kampung KB counted; runs in the database.")
            .Argument<ListGraphType<NonNullGraphType<KampungKbGroupByType>>>("groupBy", "What to group by; several combine (e.g. `[REGENCY, CLASSIFICATION]`).")
            .ResolveAsync(async ctx => await KampungKbAggregate.RunAsync(ctx, FilterArgument.Predicate<Entity>(ctx),
                ctx.GetArgument<List<KampungKbGroupBy>?>("groupBy") ?? [], AsksFor(ctx, "byClassification"), ctx.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorSeriesType>>>>("indicatorSeries")
            .Description("Monthly values of a programme indicator over the Kampung KB that `where` selects, aggregated in the database as the " +
                "indicator declares (SUM, AVG, LAST). One series overall, or one per region with `groupBy`. " +
                "Errors: `UNKNOWN_INDICATOR`, `INVALID_PERIOD`.")
            .Argument<NonNullGraphType<StringGraphType>>("indicator", "Code of the indicator, e.g. `STUNTING_PREVALENCE`.")
            .Argument<KampungKbFilterInputType>("where", "Filters the Kampung KB whose observations count; runs in the database.")
            .Argument<StringGraphType>("from", "First month, `YYYY-MM` (inclusive); all months when omitted.")
            .Argument<StringGraphType>("to", "Last month, `YYYY-MM` (inclusive); all months when omitted.")
            .Argument<RegionLevelType>("groupBy", "One series per region of this level; one overall series when omitted.")
            .ResolveAsync(async ctx => await IndicatorSeriesQuery.RunAsync(ctx.Db(), ctx.GetArgument<string>("indicator"),
                FilterArgument.Predicate<Entity>(ctx), ctx.GetArgument<string?>("from"), ctx.GetArgument<string?>("to"),
                ctx.GetArgument<RegionLevel?>("groupBy"), ctx.CancellationToken));
    }

    // By field name, so an alias or a fragment counts too.
    private static bool AsksFor(IResolveFieldContext context, string field) =>
        (context.SubFields ?? []).Values.Any(f => f.Field.Name.StringValue == field);
}
