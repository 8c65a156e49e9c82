using System.Linq.Expressions;
using System.Reflection;

namespace KampungKB.Graph.Querying.Sorting;

/// <summary>Applies sort keys to a query with the same null placement on every database (missing values first in ASC).</summary>
internal static class Ordering
{
    private static readonly MethodInfo[] Methods =
    [
        Queryable(nameof(System.Linq.Queryable.OrderBy)), Queryable(nameof(System.Linq.Queryable.OrderByDescending)),
        Queryable(nameof(System.Linq.Queryable.ThenBy)), Queryable(nameof(System.Linq.Queryable.ThenByDescending)),
    ];

    public static IQueryable<T> Apply<T>(IQueryable<T> query, IReadOnlyList<SortKey> keys)
    {
        var expression = query.Expression;
        var first = true;
        foreach (var key in keys)
        {
            if (key.CanBeNull)
            {
                // SQLite puts NULL first, PostgreSQL last: an explicit "is null" key makes both agree.
                var isNull = Expression.Lambda(Expression.Equal(key.Selector.Body, Expression.Constant(null, key.Type)), key.Selector.Parameters);
                expression = Call(expression, isNull, first, descending: !key.Descending);
                first = false;
            }
            expression = Call(expression, key.Selector, first, key.Descending);
            first = false;
        }
        return query.Provider.CreateQuery<T>(expression);
    }

    private static Expression Call(Expression source, LambdaExpression selector, bool first, bool descending)
    {
        var method = Methods[(first ? 0 : 2) + (descending ? 1 : 0)];
        return Expression.Call(method.MakeGenericMethod(selector.Parameters[0].Type, selector.Body.Type), source, Expression.Quote(selector));
    }

    private static MethodInfo Queryable(string name) => LinqMethods.Single(typeof(System.Linq.Queryable), name, 2);
}
