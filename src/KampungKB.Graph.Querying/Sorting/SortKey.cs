using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace KampungKB.Graph.Querying.Sorting;

/// <summary>One key of an order: what to read from the row, which way, and whether it can be missing.</summary>
internal sealed record SortKey(LambdaExpression Selector, bool Descending, bool CanBeNull)
{
    public Type Type => Selector.Body.Type;

    public SortKey Reversed() => this with { Descending = !Descending };

    /// <summary>Same member and direction (used to avoid adding the unique key twice).</summary>
    public bool SameSelector(SortKey other) => ExpressionEqualityComparer.Instance.Equals(Selector.Body, new ParameterReplacer(other.Selector.Parameters[0], Selector.Parameters[0]).Visit(other.Selector.Body));
}
