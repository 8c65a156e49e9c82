using System.Text;
using System.Text.Json;

namespace KampungKB.Graph.Server.Partners.Views;

/// <summary>
/// A view's result as CSV (RFC 4180: header row, fields with commas, quotes or line breaks quoted, CRLF, UTF-8 without BOM).
/// Rows come from the <b>main list</b>: the first list met depth-first in <c>data</c>, in the order the fields were selected
/// (<c>nodes</c>, <c>items</c>, a plain list field); Relay <c>edges</c> give their <c>node</c>s. A result without a list is one row.
/// Nested objects become dotted columns (<c>village.name</c>); a list inside a row gives one column per leaf, its values joined
/// with <c>"; "</c> (<c>programs.program.code</c> = <c>GATI; DEKAT</c>). Columns appear in first-seen order.
/// </summary>
internal static class ViewCsv
{
    public const string ContentType = "text/csv; charset=utf-8; header=present";

    private const string ListSeparator = "; ";

    /// <summary>The CSV of <paramref name="data"/>; <paramref name="columnsWithoutRows"/> gives the header when the main list is empty.</summary>
    public static byte[] Write(JsonElement data, Func<IReadOnlyList<string>> columnsWithoutRows)
    {
        var (name, rows) = MainList(data, "") ?? ("", [data]);
        var table = rows.Select(row =>
        {
            var cells = new Dictionary<string, List<string>>();
            Flatten(row, row.ValueKind == JsonValueKind.Object ? "" : name, cells);
            return cells;
        }).ToList();
        var paths = table.SelectMany(cells => cells.Keys).Distinct().ToList();
        // A path with deeper ones is an object that was null in some row: its columns are the deeper ones.
        var columns = table.Count == 0 ? columnsWithoutRows()
            : paths.Where(p => !paths.Any(q => q.StartsWith(p + ".", StringComparison.Ordinal))).ToList();

        var csv = new StringBuilder();
        AppendLine(csv, columns);
        foreach (var cells in table)
            AppendLine(csv, columns.Select(c => cells.TryGetValue(c, out var values) ? string.Join(ListSeparator, values) : ""));
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(csv.ToString());
    }

    // The first list depth-first, with the name of the field holding it; Relay edges stand for their nodes.
    private static (string Name, IReadOnlyList<JsonElement> Rows)? MainList(JsonElement node, string name)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.Array when name == "edges" && node.GetArrayLength() > 0
                && node.EnumerateArray().All(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("node", out _)):
                return ("node", node.EnumerateArray().Select(e => e.GetProperty("node")).ToList());
            case JsonValueKind.Array:
                return (name, node.EnumerateArray().ToList());
            case JsonValueKind.Object:
                foreach (var field in node.EnumerateObject())
                    if (MainList(field.Value, field.Name) is { } found) return found;
                return null;
            default:
                return null;
        }
    }

    private static void Flatten(JsonElement node, string path, Dictionary<string, List<string>> cells)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var field in node.EnumerateObject()) Flatten(field.Value, path.Length == 0 ? field.Name : $"{path}.{field.Name}", cells);
                break;
            case JsonValueKind.Array:
                foreach (var item in node.EnumerateArray()) Flatten(item, path, cells);
                break;
            default:
                if (!cells.TryGetValue(path, out var values)) cells[path] = values = [];
                // A null (or no data at all) names the column but leaves its cell empty.
                if (node.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)) values.Add(node.ValueKind == JsonValueKind.String ? node.GetString()! : node.GetRawText());
                break;
        }
    }

    private static void AppendLine(StringBuilder csv, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first) csv.Append(',');
            first = false;
            if (field.AsSpan().IndexOfAny(",\"\r\n") < 0) csv.Append(field);
            else csv.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        csv.Append("\r\n");
    }
}
