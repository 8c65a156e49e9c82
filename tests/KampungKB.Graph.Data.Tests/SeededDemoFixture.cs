using KampungKB.Graph.Data.Demo;
using KampungKB.Graph.Data.Kampung;
using KampungKB.Graph.Data.Programs;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Data.Tests;

/// <summary>The Bali demo seeded once into a migrated SQLite file, shared by the demo tests.</summary>
public sealed class SeededDemoFixture : IAsyncLifetime
{
    internal TempSqliteDatabase Database { get; private set; } = null!;

    public DemoSeedSummary Summary { get; private set; } = null!;

    /// <summary>Each Kampung KB's class recomputed from stored rows, deliberately without <see cref="KampungKbClassifier"/>.</summary>
    internal IReadOnlyDictionary<int, Classification> Recomputed { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TempSqliteDatabase.MigratedAsync();
        await using var db = Database.CreateContext();
        Summary = await BaliDemoSeeder.SeedAsync(db);
        Recomputed = await RecomputeAsync(db);
    }

    public Task DisposeAsync()
    {
        Database.Dispose();
        return Task.CompletedTask;
    }

    internal KampungKbDbContext CreateContext() => Database.CreateContext();

    /// <summary>The latest profile snapshot of each Kampung KB, picked in memory.</summary>
    internal static async Task<Dictionary<int, ProfileSnapshot>> LatestProfilesAsync(KampungKbDbContext db) =>
        (await db.ProfileSnapshots.AsNoTracking().ToListAsync())
            .GroupBy(p => p.KampungKbId).ToDictionary(g => g.Key, g => g.MaxBy(p => p.Period)!);

    // Plain LINQ over whole tables, the rule applied in memory.
    private static async Task<Dictionary<int, Classification>> RecomputeAsync(KampungKbDbContext db)
    {
        var profiles = await LatestProfilesAsync(db);
        var reports = (await db.MonthlyReports.AsNoTracking().ToListAsync())
            .GroupBy(r => r.KampungKbId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Period)!);
        var agencyOf = await db.Programs.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.AgencyCode);
        var agencies = (await db.ProgramParticipations.AsNoTracking().ToListAsync())
            .Where(p => p.Status == ParticipationStatus.Active && agencyOf[p.ProgramCode] != "BKKBN")
            .GroupBy(p => p.KampungKbId)
            .ToDictionary(g => g.Key, g => g.Select(p => agencyOf[p.ProgramCode]).Distinct().Count());
        var ids = await db.KampungKbs.Select(k => k.Id).ToListAsync();
        return ids.ToDictionary(id => id, id => ClassificationRule.Evaluate(
            profiles.GetValueOrDefault(id), reports.GetValueOrDefault(id), agencies.GetValueOrDefault(id)).Classification);
    }
}

/// <summary>Seeds the demo once for every test class that reads it.</summary>
[CollectionDefinition(Name)]
public sealed class SeededDemoCollection : ICollectionFixture<SeededDemoFixture>
{
    public const string Name = "Seeded Bali demo";
}
