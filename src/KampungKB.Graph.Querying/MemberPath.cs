using System.Linq.Expressions;
using System.Reflection;

namespace KampungKB.Graph.Querying;

/// <summary>A member chain such as <c>x => x.District.Name</c>, with what the engine needs to know about it.</summary>
internal sealed class MemberPath
{
    private MemberPath(LambdaExpression lambda, IReadOnlyList<MemberInfo> members)
    {
        Lambda = lambda;
        Members = members;
        Type = lambda.Body.Type;
        CanBeNull = members.Any(IsNullable);
    }

    public LambdaExpression Lambda { get; }

    public IReadOnlyList<MemberInfo> Members { get; }

    /// <summary>CLR type of the value the path reads.</summary>
    public Type Type { get; }

    /// <summary>True when the value or any navigation on the way may be null (so sorting must place nulls explicitly).</summary>
    public bool CanBeNull { get; }

    public static MemberPath From(LambdaExpression lambda)
    {
        var members = new List<MemberInfo>();
        var body = lambda.Body;
        while (body is UnaryExpression { NodeType: ExpressionType.Convert } convert) body = convert.Operand;
        while (body is MemberExpression member)
        {
            members.Insert(0, member.Member);
            body = member.Expression!;
        }
        if (body != lambda.Parameters[0] || members.Count == 0)
            throw new ArgumentException($"'{lambda}' must be a chain of properties or fields of its parameter, like x => x.District.Name.", nameof(lambda));
        return new MemberPath(lambda, members);
    }

    /// <summary>The path's body with its parameter replaced by <paramref name="target"/>.</summary>
    public Expression Apply(Expression target)
    {
        // Rebuilding the chain is cheaper than visiting the lambda; Convert wrappers (boxing) are not part of a path.
        foreach (var member in Members) target = Expression.MakeMemberAccess(target, member);
        return target;
    }

    private static bool IsNullable(MemberInfo member)
    {
        var type = member is PropertyInfo p ? p.PropertyType : ((FieldInfo)member).FieldType;
        if (type.IsValueType) return Nullable.GetUnderlyingType(type) != null;
        // NullabilityInfoContext is not thread-safe: one per question (this runs at schema build only).
        var nullability = new NullabilityInfoContext();
        var info = member is PropertyInfo property ? nullability.Create(property) : nullability.Create((FieldInfo)member);
        return info.ReadState != NullabilityState.NotNull;
    }
}

internal sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
{
    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
}
