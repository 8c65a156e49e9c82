using System.Globalization;

namespace KampungKB.Graph.Data.Import;

/// <summary>
/// Reads one row's fields by column name into typed values, collecting a reason per bad field instead of
/// throwing, so a row reports all its faults at once. Optional columns absent from the header read as empty.
/// </summary>
internal sealed class FieldReader(string file, Dictionary<string, int> columns, CsvRecord record)
{
    public List<ImportError> Errors { get; } = [];

    public bool Ok => Errors.Count == 0;

    public string? Text(string column, bool required = false, int maxLength = 200)
    {
        var value = Raw(column);
        if (value.Length == 0)
        {
            if (required) Fail(column, $"{column} is empty");
            return null;
        }
        if (value.Length > maxLength) return Fail<string>(column, $"{column} is longer than {maxLength} characters");
        if (value.Any(char.IsControl)) return Fail<string>(column, $"{column} contains a line break or another control character");
        return value;
    }

    public int Int(string column, int min = 0, int max = 1_000_000)
    {
        var value = Raw(column);
        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
        {
            // Spreadsheets store whole numbers as doubles (12 -> "12" but sometimes "12.0").
            if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || d != Math.Floor(d) || d is > int.MaxValue or < int.MinValue)
                return Fail<int>(column, $"{column} must be a whole number, found '{value}'");
            n = (int)d;
        }
        return n < min || n > max ? Fail<int>(column, $"{column} must be between {min} and {max}, found {n}") : n;
    }

    public double Number(string column, double min, double max)
    {
        var value = Raw(column);
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || !double.IsFinite(d))
            return Fail<double>(column, $"{column} must be a number with a decimal point, found '{value}'");
        return d < min || d > max ? Fail<double>(column, $"{column} must be between {min} and {max}, found {d}") : d;
    }

    public double? OptionalNumber(string column, double min, double max) => Raw(column).Length == 0 ? null : Number(column, min, max);

    public bool Bool(string column, bool? whenEmpty = null)
    {
        var value = Raw(column).ToLowerInvariant();
        if (value.Length == 0 && whenEmpty is { } fallback) return fallback;
        return value switch
        {
            "true" or "ya" or "y" or "1" => true,
            "false" or "tidak" or "n" or "0" => false,
            _ => Fail<bool>(column, $"{column} must be true/false (or ya/tidak, 1/0), found '{value}'"),
        };
    }

    public DateOnly Date(string column)
    {
        var value = Raw(column);
        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date : Fail<DateOnly>(column, $"{column} must be a date YYYY-MM-DD, found '{value}'");
    }

    public string Period(string column)
    {
        var value = Raw(column);
        return Data.Period.IsValid(value) ? value : Fail<string>(column, $"{column} must be a month YYYY-MM, found '{value}'") ?? "";
    }

    /// <summary>Flag names separated by ';' (e.g. <c>APBN;DANA_DESA</c>), case and underscores ignored; empty is none.</summary>
    public TFlags Flags<TFlags>(string column) where TFlags : struct, Enum
    {
        var value = Raw(column);
        var result = 0;
        foreach (var part in value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<TFlags>(part.Replace("_", ""), ignoreCase: true, out var flag) || Convert.ToInt32(flag, CultureInfo.InvariantCulture) == 0)
            {
                var known = string.Join(", ", Enum.GetNames<TFlags>().Skip(1).Select(n => Naming.Screaming(n)));
                return Fail<TFlags>(column, $"{column}: unknown value '{part}'; known: {known}");
            }
            result |= Convert.ToInt32(flag, CultureInfo.InvariantCulture);
        }
        return (TFlags)Enum.ToObject(typeof(TFlags), result);
    }

    public void Fail(string column, string reason) => Errors.Add(new ImportError(file, record.Line, column, reason, record.Fields));

    private T? Fail<T>(string column, string reason)
    {
        Fail(column, reason);
        return default;
    }

    private string Raw(string column) =>
        columns.TryGetValue(column, out var i) && i < record.Fields.Length ? record.Fields[i].Trim() : "";
}

/// <summary>SCREAMING_CASE names of enum members, as files and the API spell them.</summary>
internal static class Naming
{
    public static string Screaming(string pascal) =>
        string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? $"_{c}" : $"{char.ToUpperInvariant(c)}"));

    public static string Flags<TFlags>(TFlags value) where TFlags : struct, Enum =>
        string.Join(";", Enum.GetValues<TFlags>().Where(f => Convert.ToInt32(f, CultureInfo.InvariantCulture) != 0 && value.HasFlag(f)).Select(f => Screaming(f.ToString())));
}
