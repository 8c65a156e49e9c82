using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using KampungKB.Graph.Querying.Batching;
using KampungKB.Graph.Querying.Projection;
using KampungKB.Graph.Server.Types;

namespace KampungKB.Graph.Server.Analytics;

/// <summary>Declares <c>stats: RegionStats!</c> on a region type and the root <c>indonesiaStats</c>.</summary>
internal static class RegionStatsField
{
    private const string Description =
        "Dashboard figures: villages, Kampung KB, coverage, Rumah DataKu, classes and programmes. The stats of all regions " +
        "at one place in the query are computed together in one SQL statement (a GROUP BY per kind of figure, combined with UNION ALL), " +
        "not once per region.";

    public static void AddStats<TRegion>(this ObjectGraphType<TRegion> type, RegionLevel level, Expression<Func<TRegion, string>> code)
    {
        var codeOf = code.Compile();
        type.Field<NonNullGraphType<RegionStatsType>>("stats")
            .Description(Description)
            .Requires(Box(code))
            .Resolve(ctx => Load(ctx, level, codeOf(ctx.Source)));
    }

    public static void AddIndonesiaStats(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<RegionStatsType>>("indonesiaStats")
            .Description("Dashboard figures of the whole country (every region in the database). " + Description)
            .Resolve(ctx => Load(ctx, RegionLevel.Country, ""));

    private const string CacheKey = "KampungKB.Graph.RegionStatsCache";

    // The fetch runs once per field node, for the first parent's context: every parent there has the same selection.
    private static object Load(IResolveFieldContext context, RegionLevel level, string code) =>
        BatchedField.Load(context, code, (keys, ct) => RegionStatsLoader.LoadAsync(context.Db(), level, keys, Parts(context), Cache(context), ct), RegionStats.Empty);

    // A query's regions one level down come from the statement above them; a mutation's payload reads afresh after its write.
    private static RegionStatsCache? Cache(IResolveFieldContext context)
    {
        if (context.Operation.Operation != OperationType.Query) return null;
        if (context.UserContext.TryGetValue(CacheKey, out var cache)) return (RegionStatsCache)cache!;
        var created = new RegionStatsCache();
        context.UserContext[CacheKey] = created;
        return created;
    }

    private static StatsParts Parts(IResolveFieldContext context) =>
        (context.SubFields ?? []).Values.Aggregate(StatsParts.None,
            (parts, field) => parts | RegionStatsType.PartOf.GetValueOrDefault(field.Field.Name.StringValue));

    private static Expression<Func<T, object?>> Box<T>(Expression<Func<T, string>> member) =>
        Expression.Lambda<Func<T, object?>>(member.Body, member.Parameters);
}
