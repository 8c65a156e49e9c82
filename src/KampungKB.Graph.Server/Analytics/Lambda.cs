using System.Linq.Expressions;

namespace KampungKB.Graph.Server.Analytics;

/// <summary>A row with the code of the group it counts in, so one GROUP BY serves any region level.</summary>
internal sealed class Coded<T>
{
    public required string Code { get; init; }
    public required T Item { get; init; }
    /// <summary>The code of a finer group inside <see cref="Code"/> (the kab/kota within a province), when asked for.</summary>
    public string Group { get; init; } = "";
}

/// <summary>Builds the LINQ expressions aggregates share, so EF Core still translates them to SQL.</summary>
internal static class Lambda
{
    /// <summary><c>a => outer(inner(a))</c> as one expression.</summary>
    public static Expression<Func<TA, TC>> Compose<TA, TB, TC>(Expression<Func<TA, TB>> inner, Expression<Func<TB, TC>> outer) =>
        Expression.Lambda<Func<TA, TC>>(Replace(outer.Body, outer.Parameters[0], inner.Body), inner.Parameters);

    /// <summary><c>t => new Coded&lt;T&gt; { Code = code(t), Item = t }</c>.</summary>
    public static Expression<Func<T, Coded<T>>> WithCode<T>(Expression<Func<T, string>> code)
    {
        var row = code.Parameters[0];
        var init = Expression.MemberInit(Expression.New(typeof(Coded<T>)),
            Expression.Bind(typeof(Coded<T>).GetProperty(nameof(Coded<T>.Code))!, code.Body),
            Expression.Bind(typeof(Coded<T>).GetProperty(nameof(Coded<T>.Item))!, row));
        return Expression.Lambda<Func<T, Coded<T>>>(init, row);
    }

    /// <summary><c>t => new Coded&lt;T&gt; { Code = code(t), Group = group(t), Item = t }</c>.</summary>
    public static Expression<Func<T, Coded<T>>> WithCodes<T>(Expression<Func<T, string>> code, Expression<Func<T, string>> group)
    {
        var withCode = WithCode(code);
        var init = (MemberInitExpression)withCode.Body;
        var groupBody = Replace(group.Body, group.Parameters[0], withCode.Parameters[0]);
        return Expression.Lambda<Func<T, Coded<T>>>(
            init.Update(init.NewExpression, [.. init.Bindings, Expression.Bind(typeof(Coded<T>).GetProperty(nameof(Coded<T>.Group))!, groupBody)]),
            withCode.Parameters);
    }

    /// <summary>Replaces <paramref name="parameter"/> with <paramref name="value"/> in <paramref name="body"/>.</summary>
    public static Expression Replace(Expression body, ParameterExpression parameter, Expression value) =>
        new Replacer(parameter, value).Visit(body);

    private sealed class Replacer(ParameterExpression parameter, Expression value) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? value : node;
    }
}
