using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;

namespace KampungKB.Graph.Querying.Filtering;

/// <summary>Turns one operator (<c>eq</c>, <c>startsWith</c>, <c>gt</c>, ...) into a predicate over a member; values become SQL parameters.</summary>
internal static class OperationTranslator
{
    // Highest code point: every string that starts with p sorts below p + this in byte (UTF-8) and C collation order.
    private const string MaxChar = "\U0010FFFF";

    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringSubstringRange = typeof(string).GetMethod(nameof(string.Substring), [typeof(int), typeof(int)])!;
    private static readonly MethodInfo StringConcat = typeof(string).GetMethod(nameof(string.Concat), [typeof(string), typeof(string)])!;
    private static readonly MethodInfo StringSubstring = typeof(string).GetMethod(nameof(string.Substring), [typeof(int)])!;
    private static readonly MethodInfo StringToLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    /// <summary>The predicate, or null when the operator does not constrain (its value is null where null means "not given").</summary>
    public static Expression? Translate(string operation, Expression member, object? value)
    {
        if (value is string text && text.Contains('\0')) return TranslateWithNul(operation, member, text);
        switch (operation)
        {
            // A member that cannot be null is never equal to null.
            case "eq": return value == null && CannotBeNull(member.Type) ? Expression.Constant(false) : Expression.Equal(member, Value(value, member.Type));
            case "neq": return value == null && CannotBeNull(member.Type) ? Expression.Constant(true) : Expression.NotEqual(member, Value(value, member.Type));
            case "in": return value == null ? null : In(member, (IEnumerable)value);
            case "nin": return value == null ? null : Expression.Not(In(member, (IEnumerable)value));
        }
        if (value == null) return null;
        return operation switch
        {
            "gt" => Expression.GreaterThan(member, Value(value, member.Type)),
            "ngt" => Expression.Not(Expression.GreaterThan(member, Value(value, member.Type))),
            "gte" => Expression.GreaterThanOrEqual(member, Value(value, member.Type)),
            "ngte" => Expression.Not(Expression.GreaterThanOrEqual(member, Value(value, member.Type))),
            "lt" => Expression.LessThan(member, Value(value, member.Type)),
            "nlt" => Expression.Not(Expression.LessThan(member, Value(value, member.Type))),
            "lte" => Expression.LessThanOrEqual(member, Value(value, member.Type)),
            "nlte" => Expression.Not(Expression.LessThanOrEqual(member, Value(value, member.Type))),
            "contains" => Contains(member, (string)value),
            "ncontains" => Expression.Not(Contains(member, (string)value)),
            "icontains" => IContains(member, (string)value),
            "startsWith" => StartsWith(member, (string)value),
            "nstartsWith" => Expression.Not(StartsWith(member, (string)value)),
            "endsWith" => EndsWith(member, (string)value),
            "nendsWith" => Expression.Not(EndsWith(member, (string)value)),
            _ => throw new NotSupportedException($"Unknown filter operation '{operation}'."),
        };
    }

    // PostgreSQL text cannot hold U+0000, so no stored string contains it and the value cannot even be sent. Decide
    // what such a value means against NUL-free text, identically on every database: equality and matching never hold;
    // an order comparison is the same as one against the part before the NUL.
    private static Expression? TranslateWithNul(string operation, Expression member, string value)
    {
        var prefix = value[..value.IndexOf('\0')];
        return operation switch
        {
            "eq" or "contains" or "icontains" or "startsWith" or "endsWith" => Expression.Constant(false),
            "neq" or "ncontains" or "nstartsWith" or "nendsWith" => Expression.Constant(true),
            // s > p and s >= p both mean s > prefix; s < p and s <= p both mean s <= prefix.
            "gt" or "gte" => Compare(member, prefix, ExpressionType.GreaterThan),
            "ngt" or "ngte" => Expression.Not(Compare(member, prefix, ExpressionType.GreaterThan)),
            "lt" or "lte" => Compare(member, prefix, ExpressionType.LessThanOrEqual),
            "nlt" or "nlte" => Expression.Not(Compare(member, prefix, ExpressionType.LessThanOrEqual)),
            _ => throw new NotSupportedException($"Unknown filter operation '{operation}'."),
        };
    }

    private static Expression Value(object? value, Type type)
        => value == null ? Expression.Constant(null, type) : ParameterBox.Of(ConvertTo(value, type), type);

    private static bool CannotBeNull(Type type) => type.IsValueType && Nullable.GetUnderlyingType(type) == null;

    internal static object? ConvertTo(object? value, Type type)
    {
        if (value == null || type.IsInstanceOfType(value)) return value;
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target.IsEnum) return Enum.ToObject(target, value);
        if (target == typeof(DateOnly) && value is DateTime dateTime) return DateOnly.FromDateTime(dateTime);
        if (target == typeof(DateTime) && value is DateTimeOffset offset) return offset.UtcDateTime;
        return Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }

    private static Expression In(Expression member, IEnumerable values)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(member.Type))!;
        foreach (var value in values)
            // A string with U+0000 equals no stored string (see TranslateWithNul).
            if ((value != null || !CannotBeNull(member.Type)) && !(value is string text && text.Contains('\0'))) list.Add(ConvertTo(value, member.Type));
        // One list parameter: EF Core sends it as a JSON array (SQLite) or an array (PostgreSQL), so any size costs one parameter.
        return Expression.Call(LinqMethods.EnumerableContains.MakeGenericMethod(member.Type), ParameterBox.Of(list, list.GetType()), member);
    }

    private static Expression NotNull(Expression member) => Expression.NotEqual(member, Expression.Constant(null, member.Type));

    // EF Core translates string.Contains to instr() on SQLite and strpos() on PostgreSQL: both case-sensitive.
    private static Expression Contains(Expression member, string value)
        => Expression.AndAlso(NotNull(member), Expression.Call(member, StringContains, ParameterBox.Of(value, typeof(string))));

    // Both sides are lowered by the database: ASCII letters only on SQLite, and on PostgreSQL under a "C" collation.
    // The empty substr(a, 1, 0) ties the pattern to the row; otherwise EF Core would lower it in .NET.
    private static Expression IContains(Expression member, string value)
    {
        var pattern = Expression.Call(StringConcat, Expression.Call(member, StringSubstringRange, Expression.Constant(0), Expression.Constant(0)),
            ParameterBox.Of(value, typeof(string)));
        return Expression.AndAlso(NotNull(member), Expression.Call(Expression.Call(member, StringToLower), StringContains,
            Expression.Call(pattern, StringToLower)));
    }

    // A range instead of LIKE: ordinal on both databases and able to seek an index.
    private static Expression StartsWith(Expression member, string value)
        => Expression.AndAlso(NotNull(member), Expression.AndAlso(
            Compare(member, value, ExpressionType.GreaterThanOrEqual),
            Compare(member, value + MaxChar, ExpressionType.LessThan)));

    // substr(a, length(a) - n + 1) = p: EF Core would emit LIKE, which ignores ASCII case on SQLite.
    private static Expression EndsWith(Expression member, string value)
    {
        var length = ParameterBox.Of(value.Length, typeof(int));
        var memberLength = Expression.Property(member, nameof(string.Length));
        var tail = Expression.Call(member, StringSubstring, Expression.Subtract(memberLength, length));
        return Expression.AndAlso(NotNull(member), Expression.AndAlso(
            Expression.GreaterThanOrEqual(memberLength, length),
            Expression.Equal(tail, ParameterBox.Of(value, typeof(string)))));
    }

    /// <summary><c>string.Compare(member, value) op 0</c>, which EF Core translates to a plain SQL comparison.</summary>
    internal static Expression Compare(Expression member, string value, ExpressionType op)
        => Expression.MakeBinary(op, Expression.Call(StringCompare, member, ParameterBox.Of(value, typeof(string))), Expression.Constant(0));
}
