using KampungKB.Graph.Data.Kampung;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Data.Import;

public static partial class KampungKbDataImporter
{
    /// <summary><c>import profiles</c>: profile snapshots, keyed by Kampung KB and period; flag columns list names separated by ';'.</summary>
    public static Task<TableImportReport> ImportProfilesAsync(KampungKbDbContext db, string path, TableImportOptions? options = null,
        IProgress<ImportProgress>? progress = null, CancellationToken ct = default) =>
        RunAsync(db, path, new ProfileTable(), options, progress, ct);

    internal sealed class ProfileTable : ITable<ProfileSnapshot, ProfileSnapshot>
    {
        public static readonly Layout TableLayout = new(
            [KampungKbDataImporter.Columns.VillageCode, KampungKbDataImporter.Columns.Period, "pokja_formed", "pokja_has_sk", "pokja_members", "pokja_members_trained",
             "has_plkb", "regulations", "has_rkm", "funding", "poktan", "has_sekretariat", "has_rumah_dataku", "data_sources", "mechanisms"],
            [KampungKbDataImporter.Columns.KampungKb, "plkb_name", "plkb_contact"]);

        private readonly KampungKbIndex _kampungKbs = new();

        public Layout Layout => TableLayout;

        public Task PrepareAsync(KampungKbDbContext db, CancellationToken ct) => _kampungKbs.LoadAsync(db, ct);

        public ProfileSnapshot? Parse(FieldReader fields)
        {
            var village = fields.Text(KampungKbDataImporter.Columns.VillageCode, required: true);
            var id = village is null ? null : _kampungKbs.Find(fields, village, fields.Text(KampungKbDataImporter.Columns.KampungKb));
            var p = new ProfileSnapshot
            {
                KampungKbId = id ?? 0,
                Period = fields.Period(KampungKbDataImporter.Columns.Period),
                PokjaFormed = fields.Bool("pokja_formed"),
                PokjaHasSk = fields.Bool("pokja_has_sk"),
                PokjaMembers = fields.Int("pokja_members", 0, 500),
                PokjaMembersTrained = fields.Int("pokja_members_trained", 0, 500),
                HasPlkb = fields.Bool("has_plkb"),
                PlkbName = fields.Text("plkb_name"),
                PlkbContact = fields.Text("plkb_contact"),
                Regulations = fields.Flags<RegulationIssuers>("regulations"),
                HasRkm = fields.Bool("has_rkm"),
                Funding = fields.Flags<FundingSources>("funding"),
                Poktan = fields.Flags<PoktanKinds>("poktan"),
                HasSekretariat = fields.Bool("has_sekretariat"),
                HasRumahDataKu = fields.Bool("has_rumah_dataku"),
                DataSources = fields.Flags<DataSources>("data_sources"),
                Mechanisms = fields.Flags<OperationalMechanisms>("mechanisms"),
            };
            if (!fields.Ok) return null;
            if (p.PokjaMembersTrained > p.PokjaMembers)
                fields.Fail("pokja_members_trained", $"pokja_members_trained ({p.PokjaMembersTrained}) exceed pokja_members ({p.PokjaMembers})");
            if (!p.PokjaFormed && (p.PokjaHasSk || p.PokjaMembers > 0))
                fields.Fail("pokja_formed", "a Pokja with an SK or members must be formed (pokja_formed true)");
            return fields.Ok ? p : null;
        }

        public string Key(ProfileSnapshot row) => $"Kampung KB {row.KampungKbId} {row.Period}";

        public async Task<Dictionary<string, ProfileSnapshot>> ExistingAsync(KampungKbDbContext db, List<ProfileSnapshot> rows, CancellationToken ct)
        {
            var ids = rows.Select(r => r.KampungKbId).Distinct().ToList();
            var stored = new List<ProfileSnapshot>();
            foreach (var chunk in ids.Chunk(5_000))
            {
                stored.AddRange(await db.ProfileSnapshots.AsNoTracking().Where(p => chunk.Contains(p.KampungKbId)).ToListAsync(ct));
            }
            return stored.ToDictionary(Key);
        }

        public ProfileSnapshot ToEntity(ProfileSnapshot row, ProfileSnapshot? existing)
        {
            row.Id = existing?.Id ?? 0;
            return row;
        }

        public bool Same(ProfileSnapshot a, ProfileSnapshot b) =>
            (a.PokjaFormed, a.PokjaHasSk, a.PokjaMembers, a.PokjaMembersTrained, a.HasPlkb, a.PlkbName, a.PlkbContact, a.Regulations)
            == (b.PokjaFormed, b.PokjaHasSk, b.PokjaMembers, b.PokjaMembersTrained, b.HasPlkb, b.PlkbName, b.PlkbContact, b.Regulations)
            && (a.HasRkm, a.Funding, a.Poktan, a.HasSekretariat, a.HasRumahDataKu, a.DataSources, a.Mechanisms)
            == (b.HasRkm, b.Funding, b.Poktan, b.HasSekretariat, b.HasRumahDataKu, b.DataSources, b.Mechanisms);

        public int? KampungKbId(ProfileSnapshot entity) => entity.KampungKbId;
    }
}
