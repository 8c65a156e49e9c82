using System.Collections.Concurrent;
using System.Linq.Expressions;

namespace KampungKB.Graph.Querying;

/// <summary>A box's value without knowing its type: what a cached plan reads into its slots.</summary>
internal interface IParameterBox
{
    object? BoxedValue { get; }
}

/// <summary>Holds one value for an expression tree so EF Core sends it as a SQL parameter, not a constant.</summary>
internal sealed class ParameterBox<T>(T value) : IParameterBox
{
    public T Value = value;

    public object? BoxedValue => Value;
}

internal static class ParameterBox
{
    /// <summary>A member access on a boxed constant: EF Core's funcletizer turns it into a parameter, so the query plan is cached once.</summary>
    public static Expression Of(object? value, Type type) => Factories.GetOrAdd(type, CreateFactory)(value);

    /// <summary>The box an expression made by <see cref="Of"/> reads, or null for any other expression.</summary>
    public static IParameterBox? In(Expression expression)
        => expression is MemberExpression { Expression: ConstantExpression { Value: IParameterBox box } } ? box : null;

    private static readonly ConcurrentDictionary<Type, Func<object?, Expression>> Factories = new();

    // One compiled factory per type keeps reflection off the per-request path.
    private static Func<object?, Expression> CreateFactory(Type type)
        => typeof(ParameterBox).GetMethod(nameof(Make), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(type).CreateDelegate<Func<object?, Expression>>();

    private static Expression Make<T>(object? value)
        => Expression.Field(Expression.Constant(new ParameterBox<T>((T)value!)), nameof(ParameterBox<T>.Value));
}
