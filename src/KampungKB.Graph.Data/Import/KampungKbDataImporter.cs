using System.Diagnostics;
using KampungKB.Graph.Data.Kampung;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Data.Import;

/// <summary>
/// Imports Kampung KB and their data (profiles, monthly reports, observations) from CSV or .xlsx as upserts on
/// natural keys, with the region importer's rules: every row checked, errors with file/line/column/reason,
/// all or nothing in one transaction unless partial, re-running changes nothing; classes are recomputed for
/// the Kampung KB touched. Column layouts: docs/importing.md and docs/samples/.
/// </summary>
public static partial class KampungKbDataImporter
{
    private const int ProgressEvery = 2_000;

    /// <summary>A table's columns: the key and reference columns first, then the rest.</summary>
    internal sealed record Layout(string[] Required, string[] Optional)
    {
        public IEnumerable<string> All => Required.Concat(Optional);
    }

    /// <summary>One kind of table: how to read a row, its natural key, how to find what exists, how to write.</summary>
    internal interface ITable<TRow, TEntity> where TEntity : class
    {
        Layout Layout { get; }
        Task PrepareAsync(KampungKbDbContext db, CancellationToken ct);
        /// <summary>Parses and checks a row; returns default when the reader collected errors.</summary>
        TRow? Parse(FieldReader fields);
        string Key(TRow row);
        Task<Dictionary<string, TEntity>> ExistingAsync(KampungKbDbContext db, List<TRow> rows, CancellationToken ct);
        /// <summary>The entity to store for the row, carrying the existing one's key when there is one.</summary>
        TEntity ToEntity(TRow row, TEntity? existing);
        bool Same(TEntity stored, TEntity incoming);
        int? KampungKbId(TEntity entity);
    }

    internal static async Task<TableImportReport> RunAsync<TRow, TEntity>(KampungKbDbContext db, string path, ITable<TRow, TEntity> table,
        TableImportOptions? options, IProgress<ImportProgress>? progress, CancellationToken ct)
        where TRow : class where TEntity : class
    {
        options ??= new TableImportOptions();
        var watch = Stopwatch.StartNew();
        var file = TableFile.Read(path, out var fault);
        if (file is null)
        {
            return Unusable(path, [], 0, fault!);
        }
        var columns = file.Header.Select((name, i) => (name, i)).GroupBy(c => c.name).ToDictionary(g => g.Key, g => g.First().i);
        var missing = table.Layout.Required.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            return Unusable(path, file.Header, file.Rows.Count, $"missing column(s) {string.Join(", ", missing)}; the header must name {string.Join(",", table.Layout.Required)} (optional: {string.Join(",", table.Layout.Optional)})");
        }
        var unknown = file.Header.Where(h => h.Length > 0 && !table.Layout.All.Contains(h)).ToList();
        if (unknown.Count > 0)
        {
            return Unusable(path, file.Header, file.Rows.Count, $"unknown column(s) {string.Join(", ", unknown)}; known: {string.Join(",", table.Layout.All)}");
        }

        await table.PrepareAsync(db, ct);
        var errors = new List<ImportError>();
        var rows = new List<TRow>(file.Rows.Count);
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in file.Rows)
        {
            var fields = new FieldReader(path, columns, record);
            if (record.Fault is not null)
            {
                fields.Fail(file.Header.ElementAtOrDefault(record.FaultField - 1) ?? "-", record.Fault);
            }
            else if (record.Fields.Length > file.Header.Length)
            {
                fields.Fail($"{file.Header.Length + 1}", $"expected {file.Header.Length} columns but found {record.Fields.Length}; quote a value that contains a comma");
            }
            var row = fields.Ok ? table.Parse(fields) : null;
            if (row is not null && fields.Ok)
            {
                var key = table.Key(row);
                if (firstLine.TryGetValue(key, out var line))
                {
                    fields.Fail(table.Layout.Required[0], $"duplicate row for {key}: first on line {line}");
                }
                else
                {
                    firstLine.Add(key, record.Line);
                    rows.Add(row);
                }
            }
            errors.AddRange(fields.Errors);
        }
        progress?.Report(new ImportProgress("read", file.Rows.Count, file.Rows.Count));

        var existing = await table.ExistingAsync(db, rows, ct);
        var added = new List<TEntity>();
        var updated = new List<TEntity>();
        var unchanged = 0;
        foreach (var row in rows)
        {
            var stored = existing.GetValueOrDefault(table.Key(row));
            var entity = table.ToEntity(row, stored);
            if (stored is null) added.Add(entity);
            else if (!table.Same(stored, entity)) updated.Add(entity);
            else unchanged++;
        }

        var write = (errors.Count == 0 || options.AllowPartial) && added.Count + updated.Count > 0;
        var reclassified = 0;
        if (write)
        {
            reclassified = await WriteAsync(db, table, added, updated, progress, ct);
        }
        return new TableImportReport
        {
            File = path,
            Header = file.Header,
            Records = file.Rows.Count,
            Errors = errors,
            Added = added.Count,
            Updated = updated.Count,
            Unchanged = unchanged,
            Written = write,
            Reclassified = reclassified,
            Elapsed = watch.Elapsed,
        };
    }

    private static TableImportReport Unusable(string path, IReadOnlyList<string> header, int records, string reason) =>
        new() { File = path, Header = header, Records = records, FileError = new ImportError(path, 1, "header", reason, header) };

    private static async Task<int> WriteAsync<TRow, TEntity>(KampungKbDbContext db, ITable<TRow, TEntity> table, List<TEntity> added, List<TEntity> updated,
        IProgress<ImportProgress>? progress, CancellationToken ct) where TEntity : class
    {
        long total = added.Count + updated.Count, before = 0, reported = 0;
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
            before += await BulkInsert.RowsAsync(db, added, ct, afterEach: Report);
            await BulkUpdate.RowsAsync(db, updated, ct, done => Report(done));
            var ids = added.Concat(updated).Select(table.KampungKbId).OfType<int>().Distinct().ToList();
            // Classification is maintained on write: recompute it for every Kampung KB this file touched.
            var reclassified = ids.Count > 0 ? await KampungKbClassifier.RefreshAsync(db, ids, ct) : 0;
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(ct);
            }
            progress?.Report(new ImportProgress("write", total, total));
            return reclassified;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    /// <summary>Finds a Kampung KB by village code and, when the village has several, by name.</summary>
    internal sealed class KampungKbIndex
    {
        private Dictionary<string, List<(int Id, string Name)>> _byVillage = [];

        public async Task LoadAsync(KampungKbDbContext db, CancellationToken ct) =>
            _byVillage = (await db.KampungKbs.AsNoTracking().Select(k => new { k.Id, k.VillageCode, k.Name }).ToListAsync(ct))
                .GroupBy(k => k.VillageCode, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(k => (k.Id, k.Name)).ToList(), StringComparer.Ordinal);

        public int? Find(FieldReader fields, string villageCode, string? name)
        {
            if (!_byVillage.TryGetValue(villageCode, out var candidates))
            {
                fields.Fail(Columns.VillageCode, $"village {villageCode} has no Kampung KB; import it with `import kampung-kb` first");
                return null;
            }
            if (name is null)
            {
                if (candidates.Count == 1) return candidates[0].Id;
                fields.Fail(Columns.KampungKb, $"village {villageCode} has {candidates.Count} Kampung KB; name one in kampung_kb");
                return null;
            }
            var match = candidates.Where(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)).ToList();
            if (match.Count == 1) return match[0].Id;
            fields.Fail(Columns.KampungKb, $"no Kampung KB named '{name}' in village {villageCode} (known: {string.Join("; ", candidates.Select(c => c.Name))})");
            return null;
        }
    }

    /// <summary>Column names shared by the layouts.</summary>
    internal static class Columns
    {
        public const string VillageCode = "village_code";
        public const string KampungKb = "kampung_kb";
        public const string Period = "period";
    }
}
