using System.Diagnostics;
using KampungKB.Graph.Data.Regions;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Data.Import;

/// <summary>What an import may do beyond the default all-or-nothing.</summary>
/// <param name="AllowPartial">Write the valid rows even when others are rejected.</param>
public sealed record RegionImportOptions(bool AllowPartial = false);

/// <summary>
/// Loads a Kemendagri <c>kode,nama</c> list as an upsert: adds new codes, renames changed ones, never deletes
/// (regions the file lacks are reported). Every row is checked first; by default one rejected row means nothing is
/// written. Writes go through prepared commands in one transaction, so a killed process leaves the database as it was.
/// </summary>
public static class RegionImporter
{
    private const int ProgressEvery = 2_000;

    /// <summary>Imports the file at <paramref name="path"/>; I/O errors (missing file) are the caller's to report.</summary>
    public static async Task<RegionImportReport> ImportFileAsync(KampungKbDbContext db, string path, RegionImportOptions? options = null,
        IProgress<ImportProgress>? progress = null, CancellationToken ct = default) =>
        await ImportAsync(db, path, await File.ReadAllBytesAsync(path, ct), options, progress, ct);

    /// <summary>Imports <paramref name="bytes"/>, naming <paramref name="fileName"/> in errors.</summary>
    public static async Task<RegionImportReport> ImportAsync(KampungKbDbContext db, string fileName, ReadOnlyMemory<byte> bytes,
        RegionImportOptions? options = null, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        options ??= new RegionImportOptions();
        var watch = Stopwatch.StartNew();
        var read = RegionCsvReader.Read(fileName, bytes.Span);
        progress?.Report(new ImportProgress("read", read.Records, read.Records));
        if (read.FileError is not null)
        {
            return new RegionImportReport { File = fileName, Records = read.Records, FileError = read.FileError, Elapsed = watch.Elapsed };
        }

        var existing = await ExistingAsync(db, ct);
        var errors = read.Errors;
        var accepted = CheckAcrossRows(fileName, read.Rows, existing, errors);
        errors.Sort((a, b) => a.Line.CompareTo(b.Line));

        var changes = Enum.GetValues<RegionLevel>().ToDictionary(l => l, _ => new RegionChanges());
        var added = new List<RegionRow>();
        var renamed = new List<RegionRow>();
        foreach (var row in accepted)
        {
            var change = changes[row.Level];
            if (!existing.TryGetValue(row.Code, out var old))
            {
                added.Add(row);
                change.Added++;
            }
            else if (old.Name != row.Name || old.Kind != row.Kind)
            {
                renamed.Add(row);
                change.Renamed++;
            }
            else
            {
                change.Unchanged++;
            }
        }
        var (missing, examples) = MissingFromFile(existing, read, errors);

        var write = (errors.Count == 0 || options.AllowPartial) && added.Count + renamed.Count > 0;
        if (write)
        {
            await WriteAsync(db, added, renamed, progress, ct);
        }
        return new RegionImportReport
        {
            File = fileName,
            Records = read.Records,
            Errors = errors,
            Changes = changes,
            MissingFromFile = missing,
            MissingExamples = examples,
            Written = write,
            Elapsed = watch.Elapsed,
        };
    }

    private readonly record struct Existing(string Name, int Kind, RegionLevel Level);

    // One query over the four tables: the import compares against everything at once.
    private static async Task<Dictionary<string, Existing>> ExistingAsync(KampungKbDbContext db, CancellationToken ct)
    {
        var rows = await db.Provinces.Select(p => new { p.Code, p.Name, Kind = 0, Level = 1 })
            .Concat(db.Regencies.Select(r => new { r.Code, r.Name, Kind = (int)r.Kind, Level = 2 }))
            .Concat(db.Districts.Select(d => new { d.Code, d.Name, Kind = 0, Level = 3 }))
            .Concat(db.Villages.Select(v => new { v.Code, v.Name, Kind = (int)v.Kind, Level = 4 }))
            .ToListAsync(ct);
        var existing = new Dictionary<string, Existing>(rows.Count, StringComparer.Ordinal);
        foreach (var r in rows)
        {
            existing[r.Code] = new Existing(r.Name, r.Kind, (RegionLevel)r.Level);
        }
        return existing;
    }

    // Duplicates (the first occurrence stands) and parents (in the file or the database), level by level so a
    // rejected parent takes its children with it.
    private static List<RegionRow> CheckAcrossRows(string fileName, List<RegionRow> rows, Dictionary<string, Existing> existing, List<ImportError> errors)
    {
        var firstLine = new Dictionary<string, int>(rows.Count, StringComparer.Ordinal);
        var unique = new List<RegionRow>(rows.Count);
        foreach (var row in rows)
        {
            if (firstLine.TryGetValue(row.Code, out var line))
            {
                errors.Add(new ImportError(fileName, row.Line, RegionCsvReader.CodeColumn, $"duplicate kode {row.Code}: first on line {line}", row.Fields));
            }
            else
            {
                firstLine.Add(row.Code, row.Line);
                unique.Add(row);
            }
        }
        var rejectedLine = errors.Where(e => e.Fields.Count > 0).GroupBy(e => e.Fields[0].Trim(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Line, StringComparer.Ordinal);
        var accepted = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<RegionRow>(unique.Count);
        foreach (var row in unique.OrderBy(r => r.Level))
        {
            var parent = row.ParentCode;
            if (row.Level == RegionLevel.Province || accepted.Contains(parent) || existing.ContainsKey(parent))
            {
                accepted.Add(row.Code);
                result.Add(row);
                continue;
            }
            var reason = rejectedLine.TryGetValue(parent, out var line)
                ? $"its parent {parent} is rejected (line {line})"
                : $"its parent {parent} is neither in the file nor in the database";
            errors.Add(new ImportError(fileName, row.Line, RegionCsvReader.CodeColumn, reason, row.Fields));
            rejectedLine.TryAdd(row.Code, row.Line);
        }
        return result;
    }

    private static (Dictionary<RegionLevel, int> Counts, List<string> Examples) MissingFromFile(
        Dictionary<string, Existing> existing, RegionCsvReader.Result read, List<ImportError> errors)
    {
        var inFile = new HashSet<string>(read.Rows.Select(r => r.Code).Concat(errors.Where(e => e.Fields.Count > 0).Select(e => e.Fields[0].Trim())), StringComparer.Ordinal);
        var missing = existing.Where(e => !inFile.Contains(e.Key)).ToList();
        return (missing.GroupBy(m => m.Value.Level).ToDictionary(g => g.Key, g => g.Count()),
            missing.Select(m => m.Key).Order(StringComparer.Ordinal).Take(10).ToList());
    }

    private static async Task WriteAsync(KampungKbDbContext db, List<RegionRow> added, List<RegionRow> renamed, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        long total = added.Count + renamed.Count, before = 0, reported = 0;
        void Report(int done)
        {
            if (before + done - reported >= ProgressEvery)
            {
                reported = before + done;
                progress?.Report(new ImportProgress("write", reported, total));
            }
        }
        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            // Parents before children, so foreign keys hold at every statement.
            foreach (var level in Enum.GetValues<RegionLevel>())
            {
                var rows = added.Where(r => r.Level == level);
                before += level switch
                {
                    RegionLevel.Province => await BulkInsert.RowsAsync(db, rows.Select(ToProvince), ct, afterEach: Report),
                    RegionLevel.Regency => await BulkInsert.RowsAsync(db, rows.Select(ToRegency), ct, afterEach: Report),
                    RegionLevel.District => await BulkInsert.RowsAsync(db, rows.Select(ToDistrict), ct, afterEach: Report),
                    _ => await BulkInsert.RowsAsync(db, rows.Select(ToVillage), ct, afterEach: Report),
                };
            }
            before += await BulkUpdate.RowsAsync(db, renamed.Where(r => r.Level == RegionLevel.Province).Select(ToProvince), ct, Report);
            before += await BulkUpdate.RowsAsync(db, renamed.Where(r => r.Level == RegionLevel.Regency).Select(ToRegency), ct, Report);
            before += await BulkUpdate.RowsAsync(db, renamed.Where(r => r.Level == RegionLevel.District).Select(ToDistrict), ct, Report);
            before += await BulkUpdate.RowsAsync(db, renamed.Where(r => r.Level == RegionLevel.Village).Select(ToVillage), ct, Report);
            await PlannerStatistics.CommitAndRefreshAsync(db, ownTransaction, ct);
            progress?.Report(new ImportProgress("write", total, total));
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    private static Province ToProvince(RegionRow r) => new() { Code = r.Code, Name = r.Name };

    private static Regency ToRegency(RegionRow r) => new() { Code = r.Code, Name = r.Name, Kind = (RegencyKind)r.Kind, ProvinceCode = r.ParentCode };

    private static District ToDistrict(RegionRow r) => new() { Code = r.Code, Name = r.Name, RegencyCode = r.ParentCode };

    private static Village ToVillage(RegionRow r) => new() { Code = r.Code, Name = r.Name, Kind = (VillageKind)r.Kind, DistrictCode = r.ParentCode };
}
