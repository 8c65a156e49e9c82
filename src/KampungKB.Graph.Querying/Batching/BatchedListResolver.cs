using System.Linq.Expressions;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using KampungKB.Graph.Querying.Filtering;
using KampungKB.Graph.Querying.Paging;
using KampungKB.Graph.Querying.Plans;
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
        var source = definition.Source(context);
        var filter = ListQuery.Filter<TChild>(context);
        var keyList = KeyList<TKey>(keys);
        // A batch asked before in the same shape runs its compiled plan, with these parents' keys and page size.
        var planning = definition.BatchPlans.Find(context, definition.OptionsFor(context), source, filter, first == null ? "B" : "T");
        var rows = planning != null && await planning.ReadAsync(first == null ? [keyList] : [keyList, first], cancellationToken).ConfigureAwait(false) is { } planned
            ? planned
            : await BuiltAsync(context, source, filter, planning, keyList, first, cancellationToken).ConfigureAwait(false);

        var groups = new Dictionary<object, List<TChild>>();
        List<TChild>? group = null;
        TKey groupKey = default!;
        foreach (var row in rows)
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

    private async Task<List<TChild>> BuiltAsync(IResolveFieldContext context, IQueryable<TChild> source, Expression<Func<TChild, bool>>? filter,
        StatementPlans<TChild, TChild>.PlanRequest? planning, List<TKey> keys, int? first, CancellationToken cancellationToken)
    {
        var (query, order, uniqueKey) = ListQuery.Prepare(context, definition, source, filter);
        var keysBox = ParameterBox.Of(keys, typeof(List<TKey>));
        var firstBox = first == null ? null : ParameterBox.Of(first.Value, typeof(int));
        if (firstBox != null) query = query.Where(TopPerParent(query, order, uniqueKey, firstBox));
        query = query.Where(KeyIn(childKey, keysBox));
        var itemType = context.FieldDefinition.ResolvedType!.GetNamedType();
        var fields = Selections.Children([context.FieldAst], context.Document).ToList();
        var projection = ListQuery.Projection<TChild>(context, itemType, fields, uniqueKey, [_childKeyPath.Members[0]]);
        var ordered = Ordering.Apply(query, order);
        var statement = projection == null ? ordered : ordered.Select(projection);
        if (planning != null && await planning.PlanAsync(statement, firstBox == null ? [keysBox] : [keysBox, firstBox], [], cancellationToken)
                .ConfigureAwait(false) is { } planned)
            return planned;
        return await QueryExecution.ToListAsync(statement, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// <c>x => query.Where(o => o.Fk == x.Fk).OrderBy(order).Take(n).Any(o => o.Id == x.Id)</c>: the per-parent page as a
    /// correlated subquery, which SQLite and PostgreSQL both run (no LATERAL or window function needed).
    /// </summary>
    private Expression<Func<TChild, bool>> TopPerParent(IQueryable<TChild> query, IReadOnlyList<SortKey> order, IReadOnlyList<SortKey> uniqueKey, Expression first)
    {
        var row = Expression.Parameter(typeof(TChild), "x");
        var other = Expression.Parameter(typeof(TChild), "o");
        Expression Read(LambdaExpression selector, ParameterExpression target) => new ParameterReplacer(selector.Parameters[0], target).Visit(selector.Body);

        var sameParent = Expression.Lambda<Func<TChild, bool>>(Expression.Equal(Read(childKey, other), Read(childKey, row)), other);
        var siblings = Ordering.Apply(query.Where(sameParent), order).Take(first);
        var sameRow = uniqueKey.Select(k => (Expression)Expression.Equal(Read(k.Selector, other), Read(k.Selector, row))).Aggregate(Expression.AndAlso);
        var any = Expression.Call(LinqMethods.QueryableAny.MakeGenericMethod(typeof(TChild)), siblings.Expression,
            Expression.Quote(Expression.Lambda<Func<TChild, bool>>(sameRow, other)));
        return Expression.Lambda<Func<TChild, bool>>(any, row);
    }

    /// <summary>The parents' keys as the key's type.</summary>
    internal static List<TValue> KeyList<TValue>(IReadOnlyCollection<object> keys)
        => keys.Select(k => (TValue)OperationTranslator.ConvertTo(k, typeof(TValue))!).ToList();

    /// <summary><c>x => keys.Contains(x.Key)</c> with the keys, a <see cref="KeyList{TValue}"/> in a box, as one list parameter.</summary>
    internal static Expression<Func<T, bool>> KeyIn<T, TValue>(Expression<Func<T, TValue>> key, Expression keys)
    {
        // EF.Parameter sends the keys as one JSON array parameter: any number of parents, one cached plan, no 32k parameter limit.
        var parameter = Expression.Call(LinqMethods.EfParameter.MakeGenericMethod(typeof(List<TValue>)), keys);
        var contains = Expression.Call(LinqMethods.EnumerableContains.MakeGenericMethod(typeof(TValue)), parameter, key.Body);
        return Expression.Lambda<Func<T, bool>>(contains, key.Parameters);
    }
}
