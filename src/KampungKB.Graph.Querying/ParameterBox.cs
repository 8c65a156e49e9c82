using System.Linq.Expressions;

namespace KampungKB.Graph.Querying;

/// <summary>Holds one value for an expression tree so EF Core sends it as a SQL parameter, not a constant.</summary>
internal sealed class ParameterBox<T>(T value)
{
    public T Value = value;
}

internal static class ParameterBox
{
    /// <summary>A member access on a boxed constant: EF Core's funcletizer turns it into a parameter, so the query plan is cached once.</summary>
    public static Expression Of(object? value, Type type)
    {
        var box = Activator.CreateInstance(typeof(ParameterBox<>).MakeGenericType(type), value)!;
        return Expression.Field(Expression.Constant(box), "Value");
    }
}
