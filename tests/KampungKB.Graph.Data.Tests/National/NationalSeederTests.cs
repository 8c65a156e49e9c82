using System.Text;
using KampungKB.Graph.Data.Import;
using KampungKB.Graph.Data.Kampung;
using KampungKB.Graph.Data.National;
using KampungKB.Graph.Data.Regions;
using KampungKB.Graph.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Data.Tests.National;

/// <summary>The national generator: synthetic regions of the right shape, and Kampung KB generated and classified like the demo's.</summary>
public sealed class NationalSeederTests
{
    [Fact(DisplayName = "Synthetic regions have Indonesia's shape: 38 / 514 (98 kota) / 7,285 / 83,762 (8,496 kelurahan, 14 desa adat), valid Kemendagri codes")]
    public async Task Synthetic_regions_have_the_national_shape()
    {
        var (provinces, regencies, districts, villages) = SyntheticRegions.Build();
        Assert.Equal((38, 514, 7_285, 83_762), (provinces.Count, regencies.Count, districts.Count, villages.Count));
        Assert.Equal(98, regencies.Count(r => r.Kind == RegencyKind.Kota));
        Assert.Equal((8_496, 14), (villages.Count(v => v.Kind == VillageKind.Kelurahan), villages.Count(v => v.Kind == VillageKind.DesaAdat)));

        // The importer's own checks accept every synthetic row: codes, kinds, names and parents agree.
        var csv = new StringBuilder("kode,nama\n");
        foreach (var p in provinces) csv.Append($"{p.Code},{p.Name}\n");
        foreach (var r in regencies) csv.Append($"{r.Code},{r.Name}\n");
        foreach (var d in districts) csv.Append($"{d.Code},{d.Name}\n");
        foreach (var v in villages) csv.Append($"{v.Code},{v.Name}\n");
        using var file = await TempDatabase.MigratedAsync();
        await using var db = file.CreateContext();
        var report = await RegionImporter.ImportAsync(db, "synthetic.csv", Encoding.UTF8.GetBytes(csv.ToString()));
        Assert.Equal((0, 91_599), (report.ExitCode, report.Added));
        Assert.All(villages, v => Assert.Equal((int)v.Kind, v.Code[^4] - '0'));
    }

    [OfficialListFact(DisplayName = "Seeded on the official Bali list: about 91 % of villages get a Kampung KB with 2 profiles and 12 reports, classified by the rule")]
    public async Task Seeds_on_official_regions_and_classifies()
    {
        using var file = await TempDatabase.MigratedAsync();
        await using var db = file.CreateContext();

        var summary = await NationalSeeder.SeedAsync(db, OfficialRegionList.Bali);

        Assert.Equal((1, 9, 57, 716), (summary.Provinces, summary.Regencies, summary.Districts, summary.Villages));
        Assert.Equal((int)Math.Round(716 * NationalSeeder.KampungKbShare), summary.KampungKbs);
        Assert.Equal(summary.KampungKbs, await db.KampungKbs.CountAsync());
        Assert.Equal((2 * summary.KampungKbs, 12 * summary.KampungKbs), (summary.Profiles, summary.Reports));
        Assert.Equal(summary.Observations, await db.Observations.CountAsync());
        Assert.StartsWith("Kampung KB ", (await db.KampungKbs.FirstAsync()).Name);
        // Stored classes are the rule's, and every class occurs.
        var stored = await db.KampungKbs.AsNoTracking().ToDictionaryAsync(k => k.Id, k => k.Classification);
        var evaluated = await KampungKbClassifier.EvaluateAsync(db);
        Assert.All(stored, s => Assert.Equal(evaluated[s.Key].Classification, s.Value));
        Assert.Equal(4, stored.Values.Distinct().Count());
        var share = await db.KampungKbs.CountAsync(k => k.HasRumahDataKu) / (double)summary.KampungKbs;
        Assert.InRange(share, 0.6, 0.8);

        // The seeder numbered the Kampung KB itself; the database still numbers the next one after them (PostgreSQL's
        // identity sequence would otherwise start at 1 and collide).
        var added = new KampungKb { Name = "Kampung KB Baru", VillageCode = (await db.Villages.FirstAsync()).Code, DeclaredOn = new DateOnly(2025, 8, 1) };
        db.KampungKbs.Add(added);
        await db.SaveChangesAsync();
        Assert.Equal(summary.KampungKbs + 1, added.Id);
    }

    [Fact(DisplayName = "Seeding refuses a database that already holds data")]
    public async Task Refuses_non_empty()
    {
        using var file = await TempDatabase.MigratedAsync();
        await using var db = file.CreateContext();
        await RegionImporter.ImportAsync(db, "one.csv", "kode,nama\n51,Bali\n"u8.ToArray());
        await Assert.ThrowsAsync<InvalidOperationException>(() => NationalSeeder.SeedAsync(db));
    }

    [Fact(DisplayName = "The classifier counts agencies of a batch by filtering before grouping (a HAVING would group every participation per batch)")]
    public void Agency_counts_filter_before_grouping()
    {
        using var file = TempDatabase.Create();
        using var db = file.CreateContext();
        var sql = KampungKbClassifier.CrossSectorAgencyCounts(db, [1, 2, 3]).ToQueryString();
        Assert.DoesNotContain("HAVING", sql, StringComparison.OrdinalIgnoreCase);
        Assert.True(sql.IndexOf("WHERE", StringComparison.Ordinal) < sql.IndexOf("GROUP BY", StringComparison.Ordinal), sql);
    }
}
