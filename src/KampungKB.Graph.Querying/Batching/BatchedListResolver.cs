using System.Linq.Expressions;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using KampungKB.Graph.Querying.Filtering;
using KampungKB.Graph.Querying.Paging;
using KampungKB.Graph.Querying.Projection;
using KampungKB.Graph.Querying.Sorting;

namespace KampungKB.Graph.Querying.Batching;

/// <summary>Resolves parent -> children lists with one query per level: every parent's key goes into one <c>IN</c> list.</summary>
internal sealed class BatchedListResolver<TParent, TChild, TKey>(
    ListFieldDefinition<TChild> definition, Expression<Func<TParent, object?>> parentKey, Expression<Func<TChild, TKey>> childKey)
{
    private static readonly List<TChild> Empty = [];
    private readonly Func<TParent, object?> _parentKey = parentKey.Compile();
    private readonly Func<TChild, TKey> _childKey = childKey.Compile();
    private readonly MemberPath _childKeyPath = MemberPath.From(childKey);

    public object? Resolve(IResolveFieldContext context)
    {
        var key = OperationTranslator.ConvertTo(_parentKey((TParent)context.Source!), typeof(TKey));
        if (key == null) return Empty;
        var first = (int?)ListQuery.Argument(context, "first");
        if (first != null) PageSize.Check(first, "first", definition.OptionsFor(context));
        return BatchRegistry.For(context, (self: this, first), static (firstParent, state) =>
            new BatchLoader<List<TChild>>((keys, ct) => state.self.FetchAsync(firstParent, keys, state.first, ct), Empty)).Load(key);
    }

    private async Task<Dictionary<object, List<TChild>>> FetchAsync(IResolveFieldContext context, IReadOnlyCollection<object> keys,
        int? first, CancellationToken cancellationToken)
    {
        var (query, order, uniqueKey) = ListQuery.Prepare(context, definition);
        if (first != null) query = query.Where(TopPerParent(query, order, uniqueKey, first.Value));
        query = query.Where(KeyIn(childKey, keys));
        var itemType = context.FieldDefinition.ResolvedType!.GetNamedType();
        var fields = Selections.Children([context.FieldAst], context.Document).ToList();
        var projection = ListQuery.Projection<TChild>(context, itemType, fields, uniqueKey, [_childKeyPath.Members[0]]);
        var ordered = Ordering.Apply(query, order);
        var groups = new Dictionary<object, List<TChild>>();
        List<TChild>? group = null;
        TKey groupKey = default!;
        await foreach (var row in QueryExecution.RowsAsync(projection == null ? ordered : ordered.Select(projection)).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var key = _childKey(row);
            if (key == null) continue;
            // Children often come grouped by parent: look the group up (and box the key) only when the parent changes.
            if (group == null || !EqualityComparer<TKey>.Default.Equals(key, groupKey))
            {
                if (!groups.TryGetValue(key, out group)) groups[key] = group = [];
                groupKey = key;
            }
            group.Add(row);
        }
        return groups;
    }

    /// <summary>
    /// <c>x => query.Where(o => o.Fk == x.Fk).OrderBy(order).Take(n).Any(o => o.Id == x.Id)</c>: the per-parent page as a
    /// correlated subquery, which SQLite and PostgreSQL both run (no LATERAL or window function needed).
    /// </summary>
    private Expression<Func<TChild, bool>> TopPerParent(IQueryable<TChild> query, IReadOnlyList<SortKey> order, IReadOnlyList<SortKey> uniqueKey, int first)
    {
        var row = Expression.Parameter(typeof(TChild), "x");
        var other = Expression.Parameter(typeof(TChild), "o");
        Expression Read(LambdaExpression selector, ParameterExpression target) => new ParameterReplacer(selector.Parameters[0], target).Visit(selector.Body);

        var sameParent = Expression.Lambda<Func<TChild, bool>>(Expression.Equal(Read(childKey, other), Read(childKey, row)), other);
        var siblings = Ordering.Apply(query.Where(sameParent), order).TakeParameter(first);
        var sameRow = uniqueKey.Select(k => (Expression)Expression.Equal(Read(k.Selector, other), Read(k.Selector, row))).Aggregate(Expression.AndAlso);
        var any = Expression.Call(LinqMethods.QueryableAny.MakeGenericMethod(typeof(TChild)), siblings.Expression,
            Expression.Quote(Expression.Lambda<Func<TChild, bool>>(sameRow, other)));
        return Expression.Lambda<Func<TChild, bool>>(any, row);
    }

    /// <summary><c>x => keys.Contains(x.Key)</c> with the keys as one list parameter.</summary>
    internal static Expression<Func<T, bool>> KeyIn<T, TValue>(Expression<Func<T, TValue>> key, IReadOnlyCollection<object> keys)
    {
        var values = keys.Select(k => (TValue)OperationTranslator.ConvertTo(k, typeof(TValue))!).ToList();
        // EF.Parameter sends the keys as one JSON array parameter: any number of parents, one cached plan, no 32k parameter limit.
        var parameter = Expression.Call(LinqMethods.EfParameter.MakeGenericMethod(typeof(List<TValue>)), ParameterBox.Of(values, typeof(List<TValue>)));
        var contains = Expression.Call(LinqMethods.EnumerableContains.MakeGenericMethod(typeof(TValue)), parameter, key.Body);
        return Expression.Lambda<Func<T, bool>>(contains, key.Parameters);
    }
}
