using System.Linq.Expressions;
using KampungKB.Graph.Querying.Filtering;
using KampungKB.Graph.Querying.Sorting;

namespace KampungKB.Graph.Querying.Paging;

/// <summary>
/// Builds "rows strictly after this cursor" predicates: <c>a >= @a AND (a > @a OR (a = @a AND id > @id))</c>.
/// The leading <c>>=</c> lets the database seek an index on the first key.
/// </summary>
internal static class Keyset
{
    public static Expression<Func<T, bool>> After<T>(IReadOnlyList<SortKey> keys, object?[] values)
    {
        var row = Expression.Parameter(typeof(T), "x");
        var body = Build(keys, values, 0, row);
        var first = keys[0];
        if (values[0] != null && (!first.CanBeNull || !first.Descending))
            body = Expression.AndAlso(Compare(Read(first, row), values[0]!, first.Descending ? ExpressionType.LessThanOrEqual : ExpressionType.GreaterThanOrEqual), body);
        return Expression.Lambda<Func<T, bool>>(body, row);
    }

    private static Expression Build(IReadOnlyList<SortKey> keys, object?[] values, int index, ParameterExpression row)
    {
        if (index == keys.Count) return Expression.Constant(false);
        var key = keys[index];
        var member = Read(key, row);
        var rest = Build(keys, values, index + 1, row);
        var restIsFalse = rest is ConstantExpression { Value: false };
        var value = values[index];
        if (value == null)
        {
            // Missing values come first in ASC and last in DESC.
            var isNull = Expression.Equal(member, Expression.Constant(null, member.Type));
            var tied = restIsFalse ? (Expression)Expression.Constant(false) : Expression.AndAlso(isNull, rest);
            return key.Descending ? tied : Expression.OrElse(Expression.Not(isNull), tied);
        }
        var beyond = Compare(member, value, key.Descending ? ExpressionType.LessThan : ExpressionType.GreaterThan);
        if (key.CanBeNull && key.Descending)
            beyond = Expression.OrElse(beyond, Expression.Equal(member, Expression.Constant(null, member.Type)));
        return restIsFalse ? beyond : Expression.OrElse(beyond, Expression.AndAlso(Compare(member, value, ExpressionType.Equal), rest));
    }

    private static Expression Read(SortKey key, ParameterExpression row) => new ParameterReplacer(key.Selector.Parameters[0], row).Visit(key.Selector.Body);

    /// <summary><c>member op value</c> for strings, enums, booleans and ordered scalars, the value as a parameter.</summary>
    private static Expression Compare(Expression member, object value, ExpressionType op)
    {
        var type = Nullable.GetUnderlyingType(member.Type) ?? member.Type;
        if (type == typeof(string))
            return op == ExpressionType.Equal
                ? Expression.Equal(member, ParameterBox.Of(value, typeof(string)))
                : OperationTranslator.Compare(member, (string)value, op);
        if (type == typeof(bool) && op != ExpressionType.Equal)
            return BooleanCompare(member, (bool)value, op);
        if (type.IsEnum)
        {
            var underlying = typeof(Nullable<>).MakeGenericType(Enum.GetUnderlyingType(type));
            return Expression.MakeBinary(op, Expression.Convert(member, underlying),
                ParameterBox.Of(Convert.ChangeType(value, Enum.GetUnderlyingType(type)), underlying));
        }
        return Expression.MakeBinary(op, member, ParameterBox.Of(value, member.Type));
    }

    // false < true: comparisons against a known boolean reduce to an equality or a constant (nulls are below both).
    private static Expression BooleanCompare(Expression member, bool value, ExpressionType op) => op switch
    {
        ExpressionType.GreaterThan => value ? Expression.Constant(false) : Expression.Equal(member, Expression.Constant(true, member.Type)),
        ExpressionType.LessThan => value ? Expression.Equal(member, Expression.Constant(false, member.Type)) : Expression.Constant(false),
        ExpressionType.GreaterThanOrEqual => value ? Expression.Equal(member, Expression.Constant(true, member.Type)) : NotNull(member),
        _ => value ? NotNull(member) : Expression.Equal(member, Expression.Constant(false, member.Type)),
    };

    private static Expression NotNull(Expression member)
        => member.Type.IsValueType && Nullable.GetUnderlyingType(member.Type) == null
            ? Expression.Constant(true)
            : Expression.NotEqual(member, Expression.Constant(null, member.Type));
}
