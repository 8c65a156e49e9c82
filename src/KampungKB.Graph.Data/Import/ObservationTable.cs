using KampungKB.Graph.Data.Programs;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Data.Import;

public static partial class KampungKbDataImporter
{
    /// <summary><c>import observations</c>: monthly indicator values, keyed by indicator, Kampung KB and period.</summary>
    public static Task<TableImportReport> ImportObservationsAsync(KampungKbDbContext db, string path, TableImportOptions? options = null,
        IProgress<ImportProgress>? progress = null, CancellationToken ct = default) =>
        RunAsync(db, path, new ObservationTable(), options, progress, ct);

    internal sealed class ObservationTable : ITable<Observation, Observation>
    {
        public static readonly Layout TableLayout = new(
            [KampungKbDataImporter.Columns.VillageCode, "indicator_code", KampungKbDataImporter.Columns.Period, "value"],
            [KampungKbDataImporter.Columns.KampungKb]);

        private readonly KampungKbIndex _kampungKbs = new();
        private Dictionary<string, Indicator> _indicators = [];

        public Layout Layout => TableLayout;

        public async Task PrepareAsync(KampungKbDbContext db, CancellationToken ct)
        {
            await _kampungKbs.LoadAsync(db, ct);
            _indicators = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Code, StringComparer.OrdinalIgnoreCase, ct);
        }

        public Observation? Parse(FieldReader fields)
        {
            var village = fields.Text(KampungKbDataImporter.Columns.VillageCode, required: true);
            var id = village is null ? null : _kampungKbs.Find(fields, village, fields.Text(KampungKbDataImporter.Columns.KampungKb));
            var code = fields.Text("indicator_code", required: true) ?? "";
            Indicator? indicator = null;
            if (code.Length > 0 && !_indicators.TryGetValue(code, out indicator))
            {
                fields.Fail("indicator_code", $"unknown indicator '{code}'; known: {string.Join(", ", _indicators.Keys.Order())}");
            }
            var period = fields.Period(KampungKbDataImporter.Columns.Period);
            // Percentages lie in 0-100; counts are never negative.
            var value = fields.Number("value", 0, indicator?.Unit == "%" ? 100 : 1e9);
            return fields.Ok ? new Observation { KampungKbId = id!.Value, IndicatorCode = indicator!.Code, Period = period, Value = value } : null;
        }

        public string Key(Observation row) => $"{row.IndicatorCode} of Kampung KB {row.KampungKbId} {row.Period}";

        public async Task<Dictionary<string, Observation>> ExistingAsync(KampungKbDbContext db, List<Observation> rows, CancellationToken ct)
        {
            var ids = rows.Select(r => r.KampungKbId).Distinct().ToList();
            var stored = new List<Observation>();
            foreach (var chunk in ids.Chunk(5_000))
            {
                stored.AddRange(await db.Observations.AsNoTracking().Where(o => chunk.Contains(o.KampungKbId)).ToListAsync(ct));
            }
            return stored.ToDictionary(Key);
        }

        public Observation ToEntity(Observation row, Observation? existing)
        {
            row.Id = existing?.Id ?? 0;
            return row;
        }

        public bool Same(Observation a, Observation b) => a.Value.Equals(b.Value);

        // Observations do not enter the classification rule.
        public int? KampungKbId(Observation entity) => null;
    }
}
