using System.Collections;
using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;

namespace KampungKB.Graph.Querying.Sorting;

/// <summary>Translates a parsed <c>order</c> argument into sort keys, completed by the unique key so paging is deterministic.</summary>
internal static class SortTranslator
{
    public static List<SortKey> Translate<T>(object? order, IInputObjectGraphType? sortType, IReadOnlyList<SortKey> uniqueKey)
    {
        var keys = new List<SortKey>();
        if (order is IEnumerable items && sortType != null)
        {
            var parameter = Expression.Parameter(typeof(T), "x");
            foreach (var item in items)
                if (item is IDictionary<string, object?> input) Collect(parameter, parameter, false, input, sortType, keys);
        }
        foreach (var key in uniqueKey)
            if (!keys.Any(k => k.SameSelector(key))) keys.Add(key);
        return keys;
    }

    private static SortKey Key(ParameterExpression root, Expression member, bool descending, bool canBeNull)
    {
        // A value type read through a missing reference is NULL in SQL: widen it so cursors and "is null" keys can say so.
        if (canBeNull && member.Type.IsValueType && Nullable.GetUnderlyingType(member.Type) == null)
            member = Expression.Convert(member, typeof(Nullable<>).MakeGenericType(member.Type));
        return new SortKey(Expression.Lambda(member, root), descending, canBeNull);
    }

    private static void Collect(ParameterExpression root, Expression target, bool canBeNull, IDictionary<string, object?> input,
        IInputObjectGraphType type, List<SortKey> keys)
    {
        foreach (var (name, value) in input)
        {
            if (value == null) continue;
            var field = type.GetField(name) ?? throw new InvalidOperationException($"{type.Name} has no field '{name}'.");
            var path = (MemberPath)field.Metadata[QueryingMetadata.Member]!;
            var member = path.Apply(target);
            if (value is SortDirection direction)
                keys.Add(Key(root, member, direction == SortDirection.Desc, canBeNull || path.CanBeNull));
            else
                Collect(root, member, canBeNull || path.CanBeNull, (IDictionary<string, object?>)value, (IInputObjectGraphType)field.ResolvedType!.GetNamedType(), keys);
        }
    }
}
