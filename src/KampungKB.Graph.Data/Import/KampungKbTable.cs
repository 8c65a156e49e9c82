using KampungKB.Graph.Data.Kampung;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Data.Import;

public static partial class KampungKbDataImporter
{
    /// <summary><c>import kampung-kb</c>: one row per Kampung KB, keyed by village code and name.</summary>
    public static Task<TableImportReport> ImportKampungKbsAsync(KampungKbDbContext db, string path, TableImportOptions? options = null,
        IProgress<ImportProgress>? progress = null, CancellationToken ct = default) =>
        RunAsync(db, path, new KampungKbTable(), options, progress, ct);

    internal sealed class KampungKbTable : ITable<KampungKb, KampungKb>
    {
        public static readonly Layout TableLayout = new(
            [KampungKbDataImporter.Columns.VillageCode, "name", "declared_on"],
            ["coverage", "latitude", "longitude", "is_active", "is_regency_model", "is_province_model"]);

        private HashSet<string> _villages = [];

        public Layout Layout => TableLayout;

        public async Task PrepareAsync(KampungKbDbContext db, CancellationToken ct) =>
            _villages = (await db.Villages.AsNoTracking().Select(v => v.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);

        public KampungKb? Parse(FieldReader fields)
        {
            var village = fields.Text(KampungKbDataImporter.Columns.VillageCode, required: true) ?? "";
            if (village.Length > 0 && !_villages.Contains(village))
            {
                fields.Fail(KampungKbDataImporter.Columns.VillageCode, $"village {village} is not in the database; import the region list first");
            }
            var row = new KampungKb
            {
                VillageCode = village,
                Name = fields.Text("name", required: true) ?? "",
                DeclaredOn = fields.Date("declared_on"),
                Coverage = fields.Text("coverage"),
                Latitude = fields.OptionalNumber("latitude", -11, 6),
                Longitude = fields.OptionalNumber("longitude", 94, 142),
                IsActive = fields.Bool("is_active", whenEmpty: true),
                IsRegencyModel = fields.Bool("is_regency_model", whenEmpty: false),
                IsProvinceModel = fields.Bool("is_province_model", whenEmpty: false),
            };
            if (row.DeclaredOn > DateOnly.FromDateTime(DateTime.UtcNow))
            {
                fields.Fail("declared_on", $"declared_on {row.DeclaredOn:yyyy-MM-dd} is in the future");
            }
            if (row.Latitude.HasValue != row.Longitude.HasValue)
            {
                fields.Fail(row.Latitude.HasValue ? "longitude" : "latitude", "give both latitude and longitude, or neither");
            }
            return fields.Ok ? row : null;
        }

        public string Key(KampungKb row) => $"{row.VillageCode} {row.Name.ToUpperInvariant()}";

        public async Task<Dictionary<string, KampungKb>> ExistingAsync(KampungKbDbContext db, List<KampungKb> rows, CancellationToken ct) =>
            (await db.KampungKbs.AsNoTracking().ToListAsync(ct)).GroupBy(Key).ToDictionary(g => g.Key, g => g.First());

        public KampungKb ToEntity(KampungKb row, KampungKb? existing)
        {
            if (existing is null) return row;
            // The stored name's spelling, class and Rumah DataKu flag are kept: the file does not carry them.
            row.Id = existing.Id;
            row.Name = existing.Name;
            row.Classification = existing.Classification;
            row.HasRumahDataKu = existing.HasRumahDataKu;
            return row;
        }

        public bool Same(KampungKb a, KampungKb b) =>
            (a.DeclaredOn, a.Coverage, a.Latitude, a.Longitude, a.IsActive, a.IsRegencyModel, a.IsProvinceModel)
            == (b.DeclaredOn, b.Coverage, b.Latitude, b.Longitude, b.IsActive, b.IsRegencyModel, b.IsProvinceModel);

        // A new or edited Kampung KB has no new facts for the rule; its class stays as stored.
        public int? KampungKbId(KampungKb entity) => null;
    }
}
