using System.Collections;
using System.Globalization;
using KampungKB.Graph.Data;
using KampungKB.Graph.Server.KampungKb;

namespace KampungKB.Graph.Server.Mutations;

/// <summary>
/// Reads a mutation's input object (GraphQL has already checked types and non-null fields) and checks what the schema
/// cannot say: lengths, ranges, periods, IDs. Collects one <see cref="ValidationError"/> per bad field instead of
/// stopping at the first, so a person fixes everything in one round. The rules and messages follow the importers'.
/// </summary>
internal sealed class InputReader(IDictionary<string, object?> values, IReadOnlyList<string> path, List<UserError> errors)
{
    /// <summary>The errors of this input and of every item read from it.</summary>
    public List<UserError> Errors => errors;

    public bool Ok => errors.Count == 0;

    /// <summary>Whether the caller sent the field at all (null included): an update changes only what was sent.</summary>
    public bool Has(string name) => values.ContainsKey(name);

    /// <summary>Whether the caller sent the field as an explicit null.</summary>
    public bool IsNull(string name) => values.TryGetValue(name, out var value) && value is null;

    /// <summary>The items of a list field, each with its index in the path.</summary>
    public IReadOnlyList<InputReader> Items(string name) =>
        Value(name) is IEnumerable items
            ? items.Cast<object?>().Select((item, i) => new InputReader(
                item as IDictionary<string, object?> ?? new Dictionary<string, object?>(), [.. path, name, i.ToString(CultureInfo.InvariantCulture)], errors)).ToList()
            : [];

    /// <summary>Trimmed text; empty counts as missing.</summary>
    public string? Text(string name, bool required = false, int maxLength = 200)
    {
        var value = (Value(name) as string)?.Trim() ?? "";
        if (value.Length == 0)
        {
            if (required) Fail(name, $"{name} is required and must not be empty.", UserErrorCodes.Required);
            return null;
        }
        if (value.Length > maxLength) return Fail<string>(name, $"{name} is longer than {maxLength} characters ({value.Length}).");
        if (value.Any(char.IsControl)) return Fail<string>(name, $"{name} contains a line break or another control character; send one line of text.");
        return value;
    }

    public int Int(string name, int min = 0, int max = 1_000_000)
    {
        var value = Convert.ToInt32(Value(name) ?? 0, CultureInfo.InvariantCulture);
        if (value < min || value > max) Fail(name, $"{name} must be between {min:N0} and {max:N0}, found {value:N0}.");
        // The value as sent, even when out of range: checks across fields then speak of what the caller sent.
        return value;
    }

    public double? Number(string name, double min, double max)
    {
        if (Value(name) is not { } raw) return null;
        var value = Convert.ToDouble(raw, CultureInfo.InvariantCulture);
        if (!double.IsFinite(value) || value < min || value > max)
            return Fail<double?>(name, $"{name} must be between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)}, found {value.ToString(CultureInfo.InvariantCulture)}.");
        return value;
    }

    public bool Bool(string name, bool whenMissing = false) => Value(name) as bool? ?? whenMissing;

    public DateOnly? Date(string name, bool notInFuture = true)
    {
        if (Value(name) is not DateOnly date) return null;
        if (notInFuture && date > DateOnly.FromDateTime(DateTime.UtcNow))
            return Fail<DateOnly?>(name, $"{name} {date:yyyy-MM-dd} is in the future; give the day it happened.");
        return date;
    }

    /// <summary>A month <c>YYYY-MM</c>, not after the current one.</summary>
    public string Period(string name)
    {
        var value = (Value(name) as string)?.Trim() ?? "";
        if (!Data.Period.IsValid(value))
            return Fail<string>(name, $"{name} must be a month YYYY-MM (e.g. 2025-08), found '{Shorten(value)}'.", UserErrorCodes.InvalidPeriod) ?? "";
        if (string.CompareOrdinal(value, Data.Period.Of(DateOnly.FromDateTime(DateTime.UtcNow))) > 0)
            return Fail<string>(name, $"{name} {value} is in the future; report months that have begun.", UserErrorCodes.InvalidPeriod) ?? "";
        return value;
    }

    public TEnum Enum<TEnum>(string name, TEnum whenMissing) where TEnum : struct, System.Enum => Value(name) as TEnum? ?? whenMissing;

    /// <summary>A list of flag enum values, combined.</summary>
    public TFlags Flags<TFlags>(string name) where TFlags : struct, System.Enum
    {
        long result = 0;
        foreach (var flag in (Value(name) as IEnumerable)?.Cast<object?>() ?? [])
            if (flag is TFlags value) result |= Convert.ToInt64(value, CultureInfo.InvariantCulture);
        return (TFlags)System.Enum.ToObject(typeof(TFlags), result);
    }

    /// <summary>A Kampung KB's global <c>id</c> or database number.</summary>
    public int? KampungKbId(string name)
    {
        var text = Convert.ToString(Value(name), CultureInfo.InvariantCulture) ?? "";
        if (KampungKbIds.TryParse(text, out var id)) return id;
        return Fail<int?>(name, $"'{Shorten(text)}' is not the ID of a Kampung KB; use the `id` field of a KampungKb (or its database number).", UserErrorCodes.InvalidId);
    }

    /// <summary>The path of a field of this input, for errors.</summary>
    public IReadOnlyList<string> PathOf(string name) => [.. path, name];

    public void Fail(string name, string message, string code = UserErrorCodes.InvalidValue) =>
        errors.Add(new ValidationError(name, message, PathOf(name), code));

    public void NotFound(string name, string message) => errors.Add(new NotFoundError(message, PathOf(name)));

    public void Conflict(string name, string message) => errors.Add(new ConflictError(message, PathOf(name)));

    private T? Fail<T>(string name, string message, string code = UserErrorCodes.InvalidValue)
    {
        Fail(name, message, code);
        return default;
    }

    private object? Value(string name) => values.TryGetValue(name, out var value) ? value : null;

    private static string Shorten(string text) => text.Length > 64 ? text[..64] + "..." : text;
}
