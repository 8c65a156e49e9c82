using System.Globalization;

namespace KampungKB.Graph.Data;

/// <summary>
/// Periods are <c>YYYY-MM</c> strings so they sort, compare and group as plain ordinal text in SQL;
/// this is the one place that makes and checks them.
/// </summary>
public static class Period
{
    /// <summary>The period of a month, e.g. <c>2025-08</c>.</summary>
    public static string Of(int year, int month) => Of(new DateOnly(year, month, 1));

    /// <summary>The period a date falls in.</summary>
    public static string Of(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Whether <paramref name="value"/> is exactly <c>YYYY-MM</c> with a real month.</summary>
    public static bool IsValid(string? value) => TryParse(value, out _);

    /// <summary>The first day of the period, when <paramref name="value"/> is valid.</summary>
    public static bool TryParse(string? value, out DateOnly firstDay) =>
        DateOnly.TryParseExact(value, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out firstDay)
        && value!.Length == 7;

    /// <summary><paramref name="count"/> consecutive periods starting at <paramref name="first"/>.</summary>
    public static IReadOnlyList<string> Range(string first, int count)
    {
        if (!TryParse(first, out var start))
        {
            throw new FormatException($"'{first}' is not a YYYY-MM period.");
        }
        return Enumerable.Range(0, count).Select(i => Of(start.AddMonths(i))).ToList();
    }
}
