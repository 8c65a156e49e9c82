using GraphQL;
using KampungKB.Graph.Querying.Errors;
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

        var (query, keys, uniqueKey) = ListQuery.Prepare(context, definition);
        var document = context.Document;
        var selection = new[] { context.FieldAst };
        var counted = Selections.Named(selection, "totalCount", document).Count > 0 ? query : null;

        var segmentType = (GraphQL.Types.IComplexGraphType)context.FieldDefinition.ResolvedType!.GetNamedType();
        var nodeType = segmentType.GetField("items")!.ResolvedType!.GetNamedType();
        var itemFields = Selections.Children(Selections.Named(selection, "items", document), document).ToList();
        var projection = ListQuery.Projection<T>(context, nodeType, itemFields, uniqueKey, []);

        var page = Ordering.Apply(query, keys).SkipParameter(skip).TakeParameter(take + 1);
        var (rows, total) = await PageQuery.RunAsync(PageQuery.Statement(page, projection, [], counted), counted, fromFirstRow: skip == 0, context.CancellationToken).ConfigureAwait(false);
        var items = rows.Select(r => r.Node).ToList();
        var hasMore = items.Count > take;
        if (hasMore) items.RemoveAt(take);
        return new CollectionSegment<T>(items, new CollectionSegmentInfo(hasMore, skip > 0), total);
    }
}
