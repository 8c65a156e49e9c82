using GraphQL;
using KampungKB.Graph.Querying.Errors;
using KampungKB.Graph.Querying.Projection;
using KampungKB.Graph.Querying.Sorting;

namespace KampungKB.Graph.Querying.Paging;

/// <summary>Resolves unpaged lists and single rows with the same filter, order and projection as connections.</summary>
internal static class ListResolver
{
    public static async Task<object?> ResolveListAsync<T>(IResolveFieldContext context, ListFieldDefinition<T> definition)
    {
        var maximum = definition.OptionsFor(context).MaxPageSize;
        var (query, keys, uniqueKey) = ListQuery.Prepare(context, definition);
        var projection = Projection<T>(context, uniqueKey);
        IQueryable<T> rows = Ordering.Apply(query, keys).TakeParameter(maximum + 1);
        if (projection != null) rows = rows.Select(projection);
        var list = await QueryExecution.ToListAsync(rows, context.CancellationToken).ConfigureAwait(false);
        if (list.Count > maximum) throw new PageSizeTooLargeError(list.Count, maximum);
        return list;
    }

    public static async Task<object?> ResolveSingleAsync<T>(IResolveFieldContext context, ListFieldDefinition<T> definition)
    {
        var query = definition.Source(context);
        var projection = Projection<T>(context, definition.UniqueKey ?? EntityKeys.Of(query));
        var rows = projection == null ? query.TakeParameter(2) : query.TakeParameter(2).Select(projection);
        var list = await QueryExecution.ToListAsync(rows, context.CancellationToken).ConfigureAwait(false);
        return list.Count == 1 ? list[0] : list.Count == 0 ? null
            : throw new InvalidOperationException($"Field '{context.FieldDefinition.Name}' matched more than one row; its source must narrow to a unique key.");
    }

    private static System.Linq.Expressions.Expression<Func<T, T>>? Projection<T>(IResolveFieldContext context, IReadOnlyList<SortKey> uniqueKey)
    {
        var nodeType = context.FieldDefinition.ResolvedType!.GetNamedType();
        var fields = Selections.Children([context.FieldAst], context.Document).ToList();
        return ListQuery.Projection<T>(context, nodeType, fields, uniqueKey, []);
    }
}
