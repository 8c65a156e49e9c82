using KampungKB.Graph.Data.Regions;

namespace KampungKB.Graph.Data.Import;

/// <summary>
/// Reads a Kemendagri <c>kode,nama</c> file and checks every row on its own (format, level, kind);
/// checks across rows (duplicates, parents) belong to <see cref="RegionImporter"/>.
/// </summary>
internal static class RegionCsvReader
{
    public const string CodeColumn = "kode";
    public const string NameColumn = "nama";
    private const int MaxNameLength = 200;
    private static readonly int[] PartLengths = [2, 2, 2, 4];

    /// <summary>The file's rows and rejects; <c>FileError</c> is set when the file as a whole is unusable (no header, wrong header).</summary>
    public sealed record Result(List<RegionRow> Rows, List<ImportError> Errors, ImportError? FileError, int Records);

    public static Result Read(string displayName, ReadOnlySpan<byte> bytes)
    {
        var records = CsvFile.Parse(bytes);
        var rows = new List<RegionRow>(records.Count);
        var errors = new List<ImportError>();
        if (records.Count == 0)
        {
            return new(rows, errors, new ImportError(displayName, 1, "-", "the file is empty; expected the header kode,nama", []), 0);
        }
        var header = records[0];
        if (header.Fault is not null || header.Fields.Length != 2
            || !header.Fields[0].Trim().Equals(CodeColumn, StringComparison.OrdinalIgnoreCase)
            || !header.Fields[1].Trim().Equals(NameColumn, StringComparison.OrdinalIgnoreCase))
        {
            var reason = header.Fault ?? $"the header must be kode,nama (found {string.Join(",", header.Fields)})";
            return new(rows, errors, new ImportError(displayName, header.Line, "header", reason, header.Fields), records.Count - 1);
        }
        for (var r = 1; r < records.Count; r++)
        {
            var record = records[r];
            if (Check(record) is { } fault)
            {
                errors.Add(new ImportError(displayName, record.Line, fault.Column, fault.Reason, record.Fields));
            }
            else
            {
                rows.Add(ToRow(record));
            }
        }
        return new(rows, errors, null, records.Count - 1);
    }

    private static string ColumnName(int oneBased) => oneBased switch
    {
        1 => CodeColumn,
        2 => NameColumn,
        _ => oneBased.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static (string Column, string Reason)? Check(CsvRecord record)
    {
        if (record.Fault is not null)
        {
            return (ColumnName(record.FaultField), record.Fault);
        }
        var fields = record.Fields;
        if (fields.Length != 2)
        {
            return (ColumnName(Math.Min(fields.Length + 1, 3)), $"expected 2 columns (kode,nama) but found {fields.Length}; quote a name that contains a comma");
        }
        var code = fields[0].Trim();
        if (CheckCode(code) is { } codeFault)
        {
            return (CodeColumn, codeFault);
        }
        var name = fields[1].Trim();
        if (name.Length == 0)
        {
            return (NameColumn, "nama is empty");
        }
        if (name.Length > MaxNameLength)
        {
            return (NameColumn, $"nama is {name.Length} characters long; at most {MaxNameLength} are allowed");
        }
        if (name.Any(char.IsControl))
        {
            return (NameColumn, "nama contains a line break or another control character");
        }
        var parts = code.Split('.');
        if (parts.Length == 2)
        {
            return CheckRegencyKind(int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), name);
        }
        return null;
    }

    private static string? CheckCode(string code)
    {
        if (code.Length == 0)
        {
            return "kode is empty";
        }
        var parts = code.Split('.');
        if (parts.Length > 4)
        {
            return $"'{code}' has {parts.Length} parts; Kemendagri codes have 1 (provinsi) to 4 (desa/kelurahan)";
        }
        for (var p = 0; p < parts.Length; p++)
        {
            var part = parts[p];
            if (part.Length != PartLengths[p] || !part.All(char.IsAsciiDigit))
            {
                return $"'{code}' is not a Kemendagri code: part {p + 1} must be {PartLengths[p]} digits (e.g. 51.01.01.2001), found '{part}'";
            }
            if (part.All(c => c == '0'))
            {
                return $"'{code}': part {p + 1} must not be all zeros";
            }
        }
        if (parts.Length == 2 && parts[1] == "70")
        {
            return $"'{code}': kab/kota number 70 is neither a kabupaten (01-69) nor a kota (71-99)";
        }
        if (parts.Length == 4 && parts[3][0] is not ('1' or '2' or '3'))
        {
            return $"'{code}': the village number must start with 1 (kelurahan), 2 (desa) or 3 (desa adat), found {parts[3][0]}";
        }
        return null;
    }

    // The name says kabupaten or kota; the code must agree (01-69 kabupaten, 71-99 kota).
    private static (string Column, string Reason)? CheckRegencyKind(int number, string name)
    {
        var byName = NameKind(name);
        if (byName is null)
        {
            return (NameColumn, $"a kab/kota name must start with \"Kabupaten \" or \"Kota \" (found \"{name}\")");
        }
        var byCode = number >= 71 ? RegencyKind.Kota : RegencyKind.Kabupaten;
        return byName == byCode ? null
            : (NameColumn, $"the name says {byName.Value.ToString().ToLowerInvariant()} but number {number:00} is a {byCode.ToString().ToLowerInvariant()} number ({(byCode == RegencyKind.Kota ? "71-99" : "01-69")})");
    }

    private static RegencyKind? NameKind(string name) =>
        name.StartsWith("Kabupaten ", StringComparison.OrdinalIgnoreCase) ? RegencyKind.Kabupaten
        : name.StartsWith("Kota ", StringComparison.OrdinalIgnoreCase) ? RegencyKind.Kota
        : null;

    private static RegionRow ToRow(CsvRecord record)
    {
        var code = record.Fields[0].Trim();
        var name = record.Fields[1].Trim();
        var level = (RegionLevel)(code.Count(c => c == '.') + 1);
        var kind = level switch
        {
            RegionLevel.Regency => (int)NameKind(name)!.Value,
            RegionLevel.Village => code[^4] - '0',
            _ => 0,
        };
        return new RegionRow(record.Line, code, name, level, kind, record.Fields);
    }
}
