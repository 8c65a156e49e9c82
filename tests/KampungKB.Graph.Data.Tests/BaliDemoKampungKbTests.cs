using KampungKB.Graph.Data.Kampung;
using KampungKB.Graph.Data.Programs;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Data.Tests;

/// <summary>The demo's Kampung KB reproduce the published Aug 2025 figures, and their classes come from the rule.</summary>
[Collection(SeededDemoCollection.Name)]
public sealed class BaliDemoKampungKbTests(SeededDemoFixture demo)
{
    [Fact(DisplayName = "646 Kampung KB; 70 villages without; every village of Jembrana, Tabanan and Badung has one")]
    public async Task Coverage()
    {
        await using var db = demo.CreateContext();
        Assert.Equal(646, await db.KampungKbs.CountAsync());
        Assert.Equal(70, await db.Villages.CountAsync(v => !v.KampungKbs.Any()));
        Assert.Equal(0, await db.Villages.CountAsync(v => v.KampungKbs.Count > 1));
        foreach (var code in new[] { "51.01", "51.02", "51.03" })
        {
            Assert.Equal(0, await db.Villages.CountAsync(v => v.District!.RegencyCode == code && !v.KampungKbs.Any()));
        }
        Assert.Equal(51, await db.KampungKbs.CountAsync(k => k.Village!.District!.RegencyCode == "51.01"));
        Assert.Equal((716, 646), (demo.Summary.Villages, demo.Summary.KampungKbs));
    }

    [Fact(DisplayName = "461 Kampung KB have a Rumah DataKu, in the column and in their latest profile")]
    public async Task RumahDataKu()
    {
        await using var db = demo.CreateContext();
        Assert.Equal(461, await db.KampungKbs.CountAsync(k => k.HasRumahDataKu));
        var latest = await SeededDemoFixture.LatestProfilesAsync(db);
        Assert.Equal(461, latest.Values.Count(p => p.HasRumahDataKu));
        var column = await db.KampungKbs.AsNoTracking().ToDictionaryAsync(k => k.Id, k => k.HasRumahDataKu);
        Assert.All(latest, p => Assert.Equal(p.Value.HasRumahDataKu, column[p.Key]));
    }

    [Theory(DisplayName = "Recomputed from stored data, the classes per kab/kota are the published ones and equal the stored column")]
    [InlineData("51.01", 5, 12, 7, 27)]
    [InlineData("51.02", 13, 37, 23, 60)]
    [InlineData("51.03", 8, 20, 12, 22)]
    [InlineData("51.04", 10, 20, 12, 18)]
    [InlineData("51.05", 10, 18, 10, 12)]
    [InlineData("51.06", 15, 22, 10, 14)]
    [InlineData("51.07", 18, 24, 10, 14)]
    [InlineData("51.08", 25, 45, 24, 32)]
    [InlineData("51.71", 4, 10, 9, 14)]
    public async Task Classes(string regency, int dasar, int berkembang, int mandiri, int berkelanjutan)
    {
        await using var db = demo.CreateContext();
        var recomputed = demo.Recomputed;
        var ids = await db.KampungKbs.Where(k => k.Village!.District!.RegencyCode == regency).Select(k => k.Id).ToListAsync();
        var counts = ids.GroupBy(id => recomputed[id]).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(dasar, counts.GetValueOrDefault(Classification.Dasar));
        Assert.Equal(berkembang, counts.GetValueOrDefault(Classification.Berkembang));
        Assert.Equal(mandiri, counts.GetValueOrDefault(Classification.Mandiri));
        Assert.Equal(berkelanjutan, counts.GetValueOrDefault(Classification.Berkelanjutan));
        var stored = await db.KampungKbs.Where(k => k.Village!.District!.RegencyCode == regency)
            .GroupBy(k => k.Classification).ToDictionaryAsync(g => g.Key, g => g.Count());
        Assert.Equal(counts.OrderBy(c => c.Key), stored.OrderBy(c => c.Key));
    }

    [Fact(DisplayName = "The stored class of every Kampung KB is what the rule gives on its latest profile, report and participations")]
    public async Task StoredClassIsComputed()
    {
        await using var db = demo.CreateContext();
        var recomputed = demo.Recomputed;
        var stored = await db.KampungKbs.AsNoTracking().ToDictionaryAsync(k => k.Id, k => k.Classification);
        Assert.Equal(646, recomputed.Count);
        Assert.All(stored, s => Assert.Equal(recomputed[s.Key], s.Value));
        Assert.Equal(646, (await KampungKbClassifier.EvaluateAsync(db)).Count(r => r.Value.Classification == stored[r.Key]));
    }

    [Fact(DisplayName = "Every Kampung KB has 12 reports 2024-09..2025-08 and profiles whose latest is 2025-08")]
    public async Task Series()
    {
        await using var db = demo.CreateContext();
        var reports = await db.MonthlyReports.GroupBy(r => r.KampungKbId)
            .Select(g => new { Count = g.Count(), First = g.Min(r => r.Period), Last = g.Max(r => r.Period) }).ToListAsync();
        Assert.Equal(646, reports.Count);
        Assert.All(reports, r => Assert.Equal((12, "2024-09", "2025-08"), (r.Count, r.First, r.Last)));
        var profiles = await db.ProfileSnapshots.GroupBy(p => p.KampungKbId)
            .Select(g => new { Count = g.Count(), Last = g.Max(p => p.Period) }).ToListAsync();
        Assert.Equal(646, profiles.Count);
        Assert.All(profiles, p => Assert.Equal("2025-08", p.Last));
        Assert.All(profiles, p => Assert.True(p.Count >= 2));
    }

    [Fact(DisplayName = "Agencies and programmes of DESIGN.md exist; DEKAT sits under GATI, TPK under STUNTING")]
    public async Task Catalogue()
    {
        await using var db = demo.CreateContext();
        Assert.Equal(17, await db.Agencies.CountAsync());
        var programs = await db.Programs.AsNoTracking().ToDictionaryAsync(p => p.Code);
        Assert.Equal("GATI", programs["DEKAT"].ParentCode);
        Assert.Equal("STUNTING", programs["TPK"].ParentCode);
        Assert.Equal("KOPERASI", programs["KOPERASI_MERAH_PUTIH"].AgencyCode);
        Assert.Equal("DINKES", programs["POSYANDU"].AgencyCode);
        Assert.All(await db.Agencies.ToListAsync(), a => Assert.True(programs.Values.Any(p => p.AgencyCode == a.Code), a.Code));
    }

    [Theory(DisplayName = "Each demo indicator has 12 monthly observations for every Kampung KB active in its programme")]
    [InlineData("STUNTING_PREVALENCE", IndicatorAggregation.Avg)]
    [InlineData("FAMILIES_AT_RISK_OF_STUNTING", IndicatorAggregation.Last)]
    [InlineData("GATI_FATHERS_REACHED", IndicatorAggregation.Sum)]
    [InlineData("GATI_FATHERS_TARGET", IndicatorAggregation.Sum)]
    [InlineData("KOPERASI_MEMBERS", IndicatorAggregation.Last)]
    [InlineData("POSYANDU_WEIGHING_COVERAGE", IndicatorAggregation.Avg)]
    public async Task Observations(string code, IndicatorAggregation aggregation)
    {
        await using var db = demo.CreateContext();
        var indicator = await db.Indicators.SingleAsync(i => i.Code == code);
        Assert.Equal(aggregation, indicator.Aggregation);
        var active = await db.ProgramParticipations
            .Where(p => p.ProgramCode == indicator.ProgramCode && p.Status == ParticipationStatus.Active)
            .Select(p => p.KampungKbId).OrderBy(id => id).ToListAsync();
        Assert.True(active.Count >= 100, $"{code}: only {active.Count} Kampung KB");
        var perKampungKb = await db.Observations.Where(o => o.IndicatorCode == code)
            .GroupBy(o => o.KampungKbId).Select(g => new { Id = g.Key, Count = g.Count() }).ToListAsync();
        Assert.Equal(active, perKampungKb.Select(o => o.Id).Order());
        Assert.All(perKampungKb, o => Assert.Equal(12, o.Count));
    }

    [Fact(DisplayName = "Seeding leaves planner statistics (and, on PostgreSQL, vacuumed tables), so queries start from the region")]
    public async Task Seeding_analyzes()
    {
        await using var db = demo.CreateContext();

        // The tables ANALYZE wrote statistics for.
        var tables = await db.Database.SqlQueryRaw<string>(db.Database.IsNpgsql()
            ? "SELECT DISTINCT tablename::text AS \"Value\" FROM pg_stats WHERE schemaname = 'public'"
            : "SELECT DISTINCT tbl AS \"Value\" FROM sqlite_stat1").ToListAsync();

        Assert.Contains("Observations", tables);
        Assert.Contains("Villages", tables);
        if (!db.Database.IsNpgsql()) return;

        // PostgreSQL: vacuumed too, so autovacuum has no bulk load left to catch up on while the hub serves. (How many
        // pages it marks all-visible depends on the server: all of them with synchronous commits, the default.)
        var vacuumed = await db.Database.SqlQueryRaw<string>(
            "SELECT relname::text AS \"Value\" FROM pg_stat_user_tables WHERE last_vacuum IS NOT NULL").ToListAsync();
        Assert.Contains("Observations", vacuumed);
        Assert.Contains("ProgramParticipations", vacuumed);
    }
}
