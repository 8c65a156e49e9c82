using KampungKB.Graph.Data.Kampung;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Data.Import;

public static partial class KampungKbDataImporter
{
    /// <summary><c>import reports</c>: monthly KKBPK reports, keyed by Kampung KB and period.</summary>
    public static Task<TableImportReport> ImportReportsAsync(KampungKbDbContext db, string path, TableImportOptions? options = null,
        IProgress<ImportProgress>? progress = null, CancellationToken ct = default) =>
        RunAsync(db, path, new ReportTable(), options, progress, ct);

    internal sealed class ReportTable : ITable<MonthlyReport, MonthlyReport>
    {
        public static readonly Layout TableLayout = new(
            [KampungKbDataImporter.Columns.VillageCode, KampungKbDataImporter.Columns.Period, "families", "pus", "iud", "mow", "mop", "kondom", "implan", "suntik", "pil", "iat", "tial", "poktan_participants"],
            [KampungKbDataImporter.Columns.KampungKb]);

        private readonly KampungKbIndex _kampungKbs = new();

        public Layout Layout => TableLayout;

        public Task PrepareAsync(KampungKbDbContext db, CancellationToken ct) => _kampungKbs.LoadAsync(db, ct);

        public MonthlyReport? Parse(FieldReader fields)
        {
            var village = fields.Text(KampungKbDataImporter.Columns.VillageCode, required: true);
            var id = village is null ? null : _kampungKbs.Find(fields, village, fields.Text(KampungKbDataImporter.Columns.KampungKb));
            var r = new MonthlyReport
            {
                KampungKbId = id ?? 0,
                Period = fields.Period(KampungKbDataImporter.Columns.Period),
                Families = fields.Int("families"),
                Pus = fields.Int("pus"),
                Iud = fields.Int("iud"),
                Mow = fields.Int("mow"),
                Mop = fields.Int("mop"),
                Kondom = fields.Int("kondom"),
                Implan = fields.Int("implan"),
                Suntik = fields.Int("suntik"),
                Pil = fields.Int("pil"),
                Iat = fields.Int("iat"),
                Tial = fields.Int("tial"),
                PoktanParticipants = fields.Int("poktan_participants"),
            };
            if (!fields.Ok) return null;
            var users = r.Iud + r.Mow + r.Mop + r.Kondom + r.Implan + r.Suntik + r.Pil;
            if (users + r.Iat + r.Tial > r.Pus)
            {
                fields.Fail("pus", $"contraceptive users ({users}) plus unmet need ({r.Iat + r.Tial}) exceed pus ({r.Pus})");
            }
            if (r.PoktanParticipants > r.Families)
            {
                fields.Fail("poktan_participants", $"poktan_participants ({r.PoktanParticipants}) exceed families ({r.Families})");
            }
            return fields.Ok ? r : null;
        }

        public string Key(MonthlyReport row) => $"Kampung KB {row.KampungKbId} {row.Period}";

        public async Task<Dictionary<string, MonthlyReport>> ExistingAsync(KampungKbDbContext db, List<MonthlyReport> rows, CancellationToken ct)
        {
            var ids = rows.Select(r => r.KampungKbId).Distinct().ToList();
            var stored = new List<MonthlyReport>();
            foreach (var chunk in ids.Chunk(5_000))
            {
                stored.AddRange(await db.MonthlyReports.AsNoTracking().Where(r => chunk.Contains(r.KampungKbId)).ToListAsync(ct));
            }
            return stored.ToDictionary(Key);
        }

        public MonthlyReport ToEntity(MonthlyReport row, MonthlyReport? existing)
        {
            row.Id = existing?.Id ?? 0;
            return row;
        }

        public bool Same(MonthlyReport a, MonthlyReport b) =>
            (a.Families, a.Pus, a.Iud, a.Mow, a.Mop, a.Kondom, a.Implan, a.Suntik, a.Pil, a.Iat, a.Tial, a.PoktanParticipants)
            == (b.Families, b.Pus, b.Iud, b.Mow, b.Mop, b.Kondom, b.Implan, b.Suntik, b.Pil, b.Iat, b.Tial, b.PoktanParticipants);

        public int? KampungKbId(MonthlyReport entity) => entity.KampungKbId;
    }
}
