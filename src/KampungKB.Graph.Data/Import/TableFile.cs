using System.Globalization;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace KampungKB.Graph.Data.Import;

/// <summary>A CSV or .xlsx table as text records: the header, then data rows with their line (CSV) or row (sheet) numbers.</summary>
internal sealed record TableFile(string[] Header, List<CsvRecord> Rows)
{
    public static bool IsExcel(string path) => path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the file; null with a reason when it has no header row at all.</summary>
    public static TableFile? Read(string path, out string? fault)
    {
        var records = IsExcel(path) ? ReadSheet(path) : CsvFile.Parse(File.ReadAllBytes(path));
        fault = records.Count == 0 ? "the file is empty; expected a header row" : records[0].Fault;
        if (fault is not null)
        {
            return null;
        }
        return new TableFile(records[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToArray(), records.Skip(1).ToList());
    }

    // The first sheet, every cell as invariant text; the row number is the spreadsheet's own.
    private static List<CsvRecord> ReadSheet(string path)
    {
        var records = new List<CsvRecord>();
        var line = 0;
        foreach (IDictionary<string, object?> row in MiniExcel.Query(path, useHeaderRow: false))
        {
            line++;
            var fields = row.Values.Select(Text).ToArray();
            var last = Array.FindLastIndex(fields, f => f.Length > 0);
            if (last < 0)
            {
                continue;
            }
            records.Add(new CsvRecord(line, fields[..(last + 1)]));
        }
        return records;
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString("s", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
