using System.Text.RegularExpressions;

namespace KampungKB.Graph.Querying.Tests.Library;

/// <summary>Reads a captured statement's SQL for the tests that check which columns it selects.</summary>
public static partial class SqlColumns
{
    /// <summary>The distinct column names between SELECT and the first FROM, in ordinal order.</summary>
    public static List<string> Selected(string sql)
    {
        var select = sql[..sql.IndexOf("FROM", StringComparison.Ordinal)];
        return ColumnPattern().Matches(select).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    [GeneratedRegex("\"\\w+\"\\.\"(\\w+)\"")]
    private static partial Regex ColumnPattern();
}
