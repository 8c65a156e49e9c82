using System.Linq.Expressions;
using KampungKB.Graph.Querying.Sorting;

namespace KampungKB.Graph.Querying.Paging;

/// <summary>A projected row plus the values of its sort keys, from which its cursor is made.</summary>
internal sealed class PageRow<T>
{
    public T Node { get; set; } = default!;

    public object?[] Keys { get; set; } = [];

    /// <summary><c>x => new PageRow { Node = projection(x), Keys = new object[] { key1(x), key2(x) } }</c>.</summary>
    public static Expression<Func<T, PageRow<T>>> Selector(Expression<Func<T, T>>? projection, IReadOnlyList<SortKey> keys)
    {
        var row = Expression.Parameter(typeof(T), "x");
        Expression node = projection == null ? row : new ParameterReplacer(projection.Parameters[0], row).Visit(projection.Body);
        var values = keys.Select(k => (Expression)Expression.Convert(new ParameterReplacer(k.Selector.Parameters[0], row).Visit(k.Selector.Body), typeof(object)));
        return Expression.Lambda<Func<T, PageRow<T>>>(Expression.MemberInit(Expression.New(typeof(PageRow<T>)),
            Expression.Bind(typeof(PageRow<T>).GetProperty(nameof(Node))!, node),
            Expression.Bind(typeof(PageRow<T>).GetProperty(nameof(Keys))!, Expression.NewArrayInit(typeof(object), values))), row);
    }
}
