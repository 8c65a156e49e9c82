using GraphQL;
using KampungKB.Graph.Querying.Errors;
using KampungKB.Graph.Querying.Plans;
using KampungKB.Graph.Querying.Projection;
using KampungKB.Graph.Querying.Sorting;

namespace KampungKB.Graph.Querying.Paging;

/// <summary>Resolves an offset-paged <c>CollectionSegment</c> (<c>skip</c>, <c>take</c>).</summary>
internal static class SegmentResolver
{
    public static async Task<object?> ResolveAsync<T>(IResolveFieldContext context, ListFieldDefinition<T> definition)
    {
        var options = definition.OptionsFor(context);
        var skip = (int?)ListQuery.Argument(context, "skip") ?? 0;
        if (skip < 0) throw new InvalidPagingArgumentsError("'skip' must not be negative.");
        var take = PageSize.Check((int?)ListQuery.Argument(context, "take"), "take", options);

        var source = definition.Source(context);
        var filter = ListQuery.Filter<T>(context);
        var document = context.Document;
        var selection = new[] { context.FieldAst };
        var wantsTotal = Selections.Named(selection, "totalCount", document).Count > 0;

        // A segment asked before in the same shape runs its compiled plan.
        var planning = definition.PagePlans.Find(context, options, source, filter, "S");
        var (rows, total) = planning != null && await planning.ReadAsync([skip, take + 1], context.CancellationToken).ConfigureAwait(false) is { } planned
            ? (planned, await TotalAsync(planned, wantsTotal, () => ListQuery.Filtered(source, filter), skip, context.CancellationToken).ConfigureAwait(false))
            : await BuiltAsync(context, definition, source, filter, planning, skip, take, wantsTotal).ConfigureAwait(false);
        var items = rows.Select(r => r.Node).ToList();
        var hasMore = items.Count > take;
        if (hasMore) items.RemoveAt(take);
        return new CollectionSegment<T>(items, new CollectionSegmentInfo(hasMore, skip > 0), total);
    }

    private static async Task<(List<PageRow<T>> Rows, int? Total)> BuiltAsync<T>(IResolveFieldContext context, ListFieldDefinition<T> definition,
        IQueryable<T> source, System.Linq.Expressions.Expression<Func<T, bool>>? filter, StatementPlans<T, PageRow<T>>.PlanRequest? planning, int skip, int take, bool wantsTotal)
    {
        var (query, keys, uniqueKey) = ListQuery.Prepare(context, definition, source, filter);
        var document = context.Document;
        var selection = new[] { context.FieldAst };
        var counted = wantsTotal ? query : null;

        var segmentType = (GraphQL.Types.IComplexGraphType)context.FieldDefinition.ResolvedType!.GetNamedType();
        var nodeType = segmentType.GetField("items")!.ResolvedType!.GetNamedType();
        var itemFields = Selections.Children(Selections.Named(selection, "items", document), document).ToList();
        var projection = ListQuery.Projection<T>(context, nodeType, itemFields, uniqueKey, []);

        var (offset, rowsToRead) = (ParameterBox.Of(skip, typeof(int)), ParameterBox.Of(take + 1, typeof(int)));
        var statement = PageQuery.Statement(Ordering.Apply(query, keys).Skip(offset).Take(rowsToRead), projection, [], counted);
        if (planning != null && await planning.PlanAsync(statement, [offset, rowsToRead], keys, context.CancellationToken).ConfigureAwait(false) is { } planned)
            return (planned, await TotalAsync(planned, wantsTotal, () => query, skip, context.CancellationToken).ConfigureAwait(false));
        return await PageQuery.RunAsync(statement, counted, fromFirstRow: skip == 0, context.CancellationToken).ConfigureAwait(false);
    }

    // Past the end of the list an empty segment says nothing of the rows before it: count them on their own.
    private static async Task<int?> TotalAsync<T>(List<PageRow<T>> rows, bool wantsTotal, Func<IQueryable<T>> counted, int skip, CancellationToken cancellationToken)
        => !wantsTotal ? null : rows.Count > 0 ? rows[0].Total : skip == 0 ? 0 : await QueryExecution.CountAsync(counted(), cancellationToken).ConfigureAwait(false);
}
