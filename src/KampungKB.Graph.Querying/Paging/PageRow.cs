using System.Linq.Expressions;
using KampungKB.Graph.Querying.Sorting;

namespace KampungKB.Graph.Querying.Paging;

/// <summary>A projected row, the values of its sort keys (from which its cursor is made) and the count of the whole list.</summary>
internal sealed class PageRow<T>
{
    private static readonly System.Reflection.MethodInfo CountMethod = typeof(Queryable).GetMethods()
        .Single(m => m.Name == nameof(Queryable.Count) && m.GetParameters().Length == 1).MakeGenericMethod(typeof(T));

    public T Node { get; set; } = default!;

    public object?[] Keys { get; set; } = [];

    public int Total { get; set; }

    /// <summary>
    /// <c>x => new PageRow { Node = projection(x), Keys = new object[] { key1(x), key2(x) }, Total = counted.Count() }</c>;
    /// keys and total only when asked. The count is an uncorrelated subquery: the database works it out once per statement.
    /// </summary>
    public static Expression<Func<T, PageRow<T>>> Selector(Expression<Func<T, T>>? projection, IReadOnlyList<SortKey> keys, IQueryable<T>? counted)
    {
        var row = Expression.Parameter(typeof(T), "x");
        Expression node = projection == null ? row : new ParameterReplacer(projection.Parameters[0], row).Visit(projection.Body);
        var bindings = new List<MemberBinding> { Expression.Bind(typeof(PageRow<T>).GetProperty(nameof(Node))!, node) };
        if (keys.Count > 0)
        {
            var values = keys.Select(k => (Expression)Expression.Convert(new ParameterReplacer(k.Selector.Parameters[0], row).Visit(k.Selector.Body), typeof(object)));
            bindings.Add(Expression.Bind(typeof(PageRow<T>).GetProperty(nameof(Keys))!, Expression.NewArrayInit(typeof(object), values)));
        }
        if (counted != null)
            bindings.Add(Expression.Bind(typeof(PageRow<T>).GetProperty(nameof(Total))!, Expression.Call(CountMethod, counted.Expression)));
        return Expression.Lambda<Func<T, PageRow<T>>>(Expression.MemberInit(Expression.New(typeof(PageRow<T>)), bindings), row);
    }
}
