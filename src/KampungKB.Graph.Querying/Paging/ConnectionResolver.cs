using GraphQL;
using KampungKB.Graph.Querying.Errors;
using KampungKB.Graph.Querying.Projection;
using KampungKB.Graph.Querying.Sorting;

namespace KampungKB.Graph.Querying.Paging;

/// <summary>Resolves a cursor connection with keyset paging: page 1000 costs what page 1 costs.</summary>
internal static class ConnectionResolver
{
    public static async Task<object?> ResolveAsync<T>(IResolveFieldContext context, ListFieldDefinition<T> definition)
    {
        var options = definition.OptionsFor(context);
        var first = (int?)ListQuery.Argument(context, "first");
        var last = (int?)ListQuery.Argument(context, "last");
        var after = (string?)ListQuery.Argument(context, "after");
        var before = (string?)ListQuery.Argument(context, "before");
        if (first != null && last != null) throw new InvalidPagingArgumentsError("Pass either 'first' or 'last', not both.");
        var backward = last != null;
        var size = PageSize.Check(backward ? last : first, backward ? "last" : "first", options);

        var (query, keys, uniqueKey) = ListQuery.Prepare(context, definition);
        var codec = new CursorCodec(keys);
        var reversed = keys.Select(k => k.Reversed()).ToList();
        var afterValues = after == null ? null : codec.Decode(after, "after");
        var beforeValues = before == null ? null : codec.Decode(before, "before");

        var document = context.Document;
        var selection = new[] { context.FieldAst };
        int? total = Selections.Named(selection, "totalCount", document).Count > 0
            ? await QueryExecution.CountAsync(query, context.CancellationToken).ConfigureAwait(false)
            : null;

        if (afterValues != null) query = query.Where(Keyset.After<T>(keys, afterValues));
        if (beforeValues != null) query = query.Where(Keyset.After<T>(reversed, beforeValues));
        var ordered = Ordering.Apply(query, backward ? reversed : keys);

        var connectionType = (GraphQL.Types.IComplexGraphType)context.FieldDefinition.ResolvedType!.GetNamedType();
        var nodeType = connectionType.GetField("nodes")!.ResolvedType!.GetNamedType();
        var nodeFields = Selections.Named(Selections.Named(selection, "edges", document), "node", document)
            .Concat(Selections.Named(selection, "nodes", document)).SelectMany(f => Selections.Children([f], document)).ToList();
        var projection = ListQuery.Projection<T>(context, nodeType, nodeFields, uniqueKey, []);

        // One row more than asked tells whether another page follows.
        var rows = await QueryExecution.ToListAsync(ordered.TakeParameter(size + 1).Select(PageRow<T>.Selector(projection, keys)), context.CancellationToken)
            .ConfigureAwait(false);
        var hasMore = rows.Count > size;
        if (hasMore) rows.RemoveAt(size);
        if (backward) rows.Reverse();

        var edges = rows.Select(r => new Edge<T>(codec.Encode(r.Keys), r.Node)).ToList();
        var pageInfo = new PageInfo(
            HasNextPage: backward ? before != null : hasMore,
            HasPreviousPage: backward ? hasMore : after != null,
            StartCursor: edges.Count > 0 ? edges[0].Cursor : null,
            EndCursor: edges.Count > 0 ? edges[^1].Cursor : null);
        return new Connection<T>(edges, pageInfo, total);
    }
}
