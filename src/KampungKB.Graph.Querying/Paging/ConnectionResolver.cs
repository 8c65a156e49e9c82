using System.Runtime.CompilerServices;
using GraphQL;
using GraphQLParser.AST;
using KampungKB.Graph.Querying.Errors;
using KampungKB.Graph.Querying.Plans;
using KampungKB.Graph.Querying.Projection;
using KampungKB.Graph.Querying.Sorting;

namespace KampungKB.Graph.Querying.Paging;

/// <summary>Resolves a cursor connection with keyset paging: page 1000 costs what page 1 costs.</summary>
internal static class ConnectionResolver
{
    private static readonly string[] PageFields = ["edges", "nodes", "pageInfo"];

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

        var source = definition.Source(context);
        var filter = ListQuery.Filter<T>(context);
        var (wantsTotal, wantsPage, wantsCursors) = PageSelection.Of(context);

        // A count alone (a dashboard's tile) needs no page; its cursors must still be valid ones.
        if (!wantsPage)
        {
            if (after != null || before != null) DecodeCursors(ListQuery.Prepare(context, definition, source, filter).Keys, after, before);
            return new Connection<T>([], new PageInfo(false, false, null, null),
                wantsTotal ? await QueryExecution.CountAsync(ListQuery.Filtered(source, filter), context.CancellationToken).ConfigureAwait(false) : null);
        }

        // A first page asked before in the same shape runs its compiled plan; a page after a cursor is always built.
        var planning = after == null && before == null ? definition.PagePlans.Find(context, options, source, filter, backward ? "L" : "F") : null;
        var (rows, total, keys) = planning != null && await planning.ReadAsync([size + 1], context.CancellationToken).ConfigureAwait(false) is { } planned
            ? (planned, FirstPageTotal(planned, wantsTotal), planning.Keys)
            : await BuiltAsync(context, definition, source, filter, planning, size, after, before, backward, wantsTotal, wantsCursors).ConfigureAwait(false);

        var codec = new CursorCodec(keys);
        var edges = rows.Select(r => new Edge<T>(wantsCursors ? codec.Encode(r.Keys) : "", r.Node)).ToList();
        var hasMore = edges.Count > size;
        if (hasMore) edges.RemoveAt(size);
        if (backward) edges.Reverse();

        var pageInfo = new PageInfo(
            HasNextPage: backward ? before != null : hasMore,
            HasPreviousPage: backward ? hasMore : after != null,
            StartCursor: wantsCursors && edges.Count > 0 ? edges[0].Cursor : null,
            EndCursor: wantsCursors && edges.Count > 0 ? edges[^1].Cursor : null);
        return new Connection<T>(edges, pageInfo, total);
    }

    // An empty first page means an empty list.
    private static int? FirstPageTotal<T>(List<PageRow<T>> rows, bool wantsTotal) => wantsTotal ? rows.Count > 0 ? rows[0].Total : 0 : null;

    private static async Task<(List<PageRow<T>> Rows, int? Total, IReadOnlyList<SortKey> Keys)> BuiltAsync<T>(IResolveFieldContext context,
        ListFieldDefinition<T> definition, IQueryable<T> source, System.Linq.Expressions.Expression<Func<T, bool>>? filter,
        StatementPlans<T, PageRow<T>>.PlanRequest? planning, int size, string? after, string? before, bool backward, bool wantsTotal, bool wantsCursors)
    {
        var (query, keys, uniqueKey) = ListQuery.Prepare(context, definition, source, filter);
        var reversed = keys.Select(k => k.Reversed()).ToList();
        var (afterValues, beforeValues) = DecodeCursors(keys, after, before);

        var counted = wantsTotal ? query : null;
        if (afterValues != null) query = query.Where(Keyset.After<T>(keys, afterValues));
        if (beforeValues != null) query = query.Where(Keyset.After<T>(reversed, beforeValues));
        var ordered = Ordering.Apply(query, backward ? reversed : keys);

        var document = context.Document;
        var selection = new[] { context.FieldAst };
        var connectionType = (GraphQL.Types.IComplexGraphType)context.FieldDefinition.ResolvedType!.GetNamedType();
        var nodeType = connectionType.GetField("nodes")!.ResolvedType!.GetNamedType();
        var nodeFields = Selections.Named(Selections.Named(selection, "edges", document), "node", document)
            .Concat(Selections.Named(selection, "nodes", document)).SelectMany(f => Selections.Children([f], document)).ToList();
        var projection = ListQuery.Projection<T>(context, nodeType, nodeFields, uniqueKey, []);

        // One row more than asked tells whether another page follows; key values are read only when cursors are selected.
        var take = ParameterBox.Of(size + 1, typeof(int));
        var statement = PageQuery.Statement(ordered.Take(take), projection, wantsCursors ? keys : [], counted);
        if (planning != null && await planning.PlanAsync(statement, [take], keys, context.CancellationToken).ConfigureAwait(false) is { } planned)
            return (planned, FirstPageTotal(planned, wantsTotal), keys);
        var (rows, total) = await PageQuery.RunAsync(statement, counted,
            fromFirstRow: afterValues == null && beforeValues == null, context.CancellationToken).ConfigureAwait(false);
        return (rows, total, keys);
    }

    private static (object?[]? After, object?[]? Before) DecodeCursors(IReadOnlyList<SortKey> keys, string? after, string? before)
    {
        var codec = new CursorCodec(keys);
        return (after == null ? null : codec.Decode(after, "after"), before == null ? null : codec.Decode(before, "before"));
    }

    // What a field of a document selects does not change between requests (Selections ignores directives).
    private static readonly ConditionalWeakTable<GraphQLField, PageSelection> Selected = new();

    private sealed record PageSelection(bool WantsTotal, bool WantsPage, bool WantsCursors)
    {
        public static PageSelection Of(IResolveFieldContext context) =>
            Selected.TryGetValue(context.FieldAst, out var known) ? known : Selected.GetValue(context.FieldAst, field => Read(field, context.Document));

        private static PageSelection Read(GraphQLField field, GraphQLDocument document)
        {
            var selection = new[] { field };
            return new(
                WantsTotal: Selections.Named(selection, "totalCount", document).Count > 0,
                WantsPage: PageFields.Any(name => Selections.Named(selection, name, document).Count > 0),
                WantsCursors: Selections.Named(Selections.Named(selection, "edges", document), "cursor", document).Count > 0
                    || Selections.Children(Selections.Named(selection, "pageInfo", document), document)
                        .Any(f => f.Name.StringValue is "startCursor" or "endCursor"));
        }
    }
}
