using System.Linq.Expressions;

namespace KampungKB.Graph.Querying.Sorting;

/// <summary>One key of an order: what to read from the row, which way, and whether it can be missing.</summary>
internal sealed record SortKey(LambdaExpression Selector, bool Descending, bool CanBeNull)
{
    /// <summary>The member chain read, like <c>District.Name</c>; identifies the key in cursors.</summary>
    public string Path { get; } = PathOf(Selector.Body);

    public Type Type => Selector.Body.Type;

    public SortKey Reversed() => this with { Descending = !Descending };

    /// <summary>Same member chain (used to avoid adding the unique key twice).</summary>
    public bool SameSelector(SortKey other) => Path == other.Path;

    private static string PathOf(Expression body)
    {
        while (body is UnaryExpression { NodeType: ExpressionType.Convert } convert) body = convert.Operand;
        return body is MemberExpression member
            ? member.Expression is ParameterExpression ? member.Member.Name : PathOf(member.Expression!) + "." + member.Member.Name
            : body.ToString();
    }
}
