using System.Globalization;
using System.Text;

namespace KampungKB.Graph.Data.Import;

/// <summary>
/// Writes rejected rows as CSV (<c>line,column,reason,</c> then the row's own fields) so they can be fixed and
/// imported again; by convention beside the input, <c>FILE.rejects.csv</c>.
/// </summary>
public static class RejectFile
{
    /// <summary>The conventional reject file of <paramref name="inputPath"/>: <c>dir/name.rejects.csv</c>.</summary>
    public static string PathFor(string inputPath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(inputPath))!, Path.GetFileNameWithoutExtension(inputPath) + ".rejects.csv");

    public static async Task WriteAsync(string path, IEnumerable<ImportError> errors, IReadOnlyList<string> header, CancellationToken ct = default)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', new[] { "line", "column", "reason" }.Concat(header).Select(Quote)).Append('\n');
        foreach (var e in errors)
        {
            text.AppendJoin(',', new[] { e.Line.ToString(CultureInfo.InvariantCulture), e.Column, e.Reason }.Concat(e.Fields).Select(Quote)).Append('\n');
        }
        await File.WriteAllTextAsync(path, text.ToString(), new UTF8Encoding(false), ct);
    }

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}
