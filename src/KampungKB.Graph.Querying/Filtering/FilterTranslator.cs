using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using GraphQL.Types;

namespace KampungKB.Graph.Querying.Filtering;

/// <summary>Translates a parsed <c>where</c> argument into an expression EF Core runs in SQL.</summary>
internal static class FilterTranslator
{
    private static readonly MethodInfo AnyWithPredicate = LinqMethods.Single(typeof(Enumerable), nameof(Enumerable.Any), 2);
    private static readonly MethodInfo AnyWithout = LinqMethods.Single(typeof(Enumerable), nameof(Enumerable.Any), 1);
    private static readonly MethodInfo AllWithPredicate = LinqMethods.Single(typeof(Enumerable), nameof(Enumerable.All), 2);

    /// <summary>The predicate for <paramref name="where"/> read through <paramref name="filterType"/>, or null when it does not constrain.</summary>
    public static Expression<Func<T, bool>>? Translate<T>(object? where, IInputObjectGraphType filterType)
    {
        if (where is not IDictionary<string, object?> input) return null;
        var parameter = Expression.Parameter(typeof(T), "x");
        var body = Object(parameter, input, filterType);
        return body == null ? null : Expression.Lambda<Func<T, bool>>(body, parameter);
    }

    private static Expression? Object(Expression target, IDictionary<string, object?> input, IInputObjectGraphType type)
    {
        Expression? result = null;
        foreach (var (name, value) in input)
        {
            var condition = name switch
            {
                "and" => Combine(target, value, type, Expression.AndAlso, whenEmpty: true),
                "or" => Combine(target, value, type, Expression.OrElse, whenEmpty: false),
                _ => Field(target, type.GetField(name) ?? throw new InvalidOperationException($"{type.Name} has no field '{name}'."), value),
            };
            if (condition != null) result = result == null ? condition : Expression.AndAlso(result, condition);
        }
        return result;
    }

    private static Expression? Combine(Expression target, object? value, IInputObjectGraphType type,
        Func<Expression, Expression, BinaryExpression> join, bool whenEmpty)
    {
        if (value is not IEnumerable items) return null;
        Expression? result = null;
        foreach (var item in items)
        {
            var condition = Object(target, (IDictionary<string, object?>)item!, type) ?? Expression.Constant(true);
            result = result == null ? condition : join(result, condition);
        }
        return result ?? Expression.Constant(whenEmpty);
    }

    private static Expression? Field(Expression target, FieldType field, object? value)
    {
        if (value is not IDictionary<string, object?> input) return null;
        var path = (MemberPath)field.Metadata[QueryingMetadata.Member]!;
        var member = path.Apply(target);
        return field.ResolvedType!.GetNamedType() switch
        {
            OperationFilterInputType => Operations(member, input),
            IInputObjectGraphType list when list.GetType().IsGenericType && list.GetType().GetGenericTypeDefinition() == typeof(ListFilterInputType<>)
                => List(member, input, list),
            IInputObjectGraphType nested => Guard(member, Object(member, input, nested)),
            var other => throw new InvalidOperationException($"Filter field '{field.Name}' has unexpected type {other.Name}."),
        };
    }

    private static Expression? Operations(Expression member, IDictionary<string, object?> input)
    {
        Expression? result = null;
        foreach (var (operation, value) in input)
        {
            var condition = operation switch
            {
                "and" => CombineOperations(member, value, Expression.AndAlso, whenEmpty: true),
                "or" => CombineOperations(member, value, Expression.OrElse, whenEmpty: false),
                _ => OperationTranslator.Translate(operation, member, value),
            };
            if (condition != null) result = result == null ? condition : Expression.AndAlso(result, condition);
        }
        return result;
    }

    private static Expression? CombineOperations(Expression member, object? value, Func<Expression, Expression, BinaryExpression> join, bool whenEmpty)
    {
        if (value is not IEnumerable items) return null;
        Expression? result = null;
        foreach (var item in items)
        {
            var condition = Operations(member, (IDictionary<string, object?>)item!) ?? Expression.Constant(true);
            result = result == null ? condition : join(result, condition);
        }
        return result ?? Expression.Constant(whenEmpty);
    }

    // A condition through a missing reference is false, on SQL and in memory alike.
    private static Expression? Guard(Expression member, Expression? condition)
        => condition == null || member.Type.IsValueType
            ? condition
            : Expression.AndAlso(Expression.NotEqual(member, Expression.Constant(null, member.Type)), condition);

    private static Expression? List(Expression collection, IDictionary<string, object?> input, IInputObjectGraphType listType)
    {
        var itemType = ItemType(collection.Type);
        var itemFilter = (IInputObjectGraphType)listType.GetField("some")!.ResolvedType!.GetNamedType();
        Expression? result = null;
        foreach (var (operation, value) in input)
        {
            if (value == null) continue;
            Expression condition = operation switch
            {
                "some" => Call(AnyWithPredicate, collection, ItemPredicate(itemType, value, itemFilter)),
                "all" => Call(AllWithPredicate, collection, ItemPredicate(itemType, value, itemFilter)),
                "none" => Expression.Not(Call(AnyWithPredicate, collection, ItemPredicate(itemType, value, itemFilter))),
                "any" => (bool)value
                    ? Expression.Call(AnyWithout.MakeGenericMethod(itemType), collection)
                    : Expression.Not(Expression.Call(AnyWithout.MakeGenericMethod(itemType), collection)),
                _ => throw new NotSupportedException($"Unknown list operation '{operation}'."),
            };
            result = result == null ? condition : Expression.AndAlso(result, condition);
        }
        return result;
    }

    private static LambdaExpression ItemPredicate(Type itemType, object value, IInputObjectGraphType itemFilter)
    {
        var item = Expression.Parameter(itemType, "e");
        var body = Object(item, (IDictionary<string, object?>)value, itemFilter) ?? Expression.Constant(true);
        return Expression.Lambda(body, item);
    }

    private static MethodCallExpression Call(MethodInfo method, Expression collection, LambdaExpression predicate)
        => Expression.Call(method.MakeGenericMethod(predicate.Parameters[0].Type), collection, predicate);

    private static Type ItemType(Type collection)
        => collection.GetInterfaces().Append(collection)
            .First(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)).GetGenericArguments()[0];
}
