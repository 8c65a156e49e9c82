using System.Text.Json;
using KampungKB.Graph.Data.Demo;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Data.Tests;

/// <summary>The demo is the same on every run, and only ever goes into an empty database.</summary>
[Collection(SeededDemoCollection.Name)]
public sealed class BaliDemoDeterminismTests(SeededDemoFixture demo)
{
    [Fact(DisplayName = "Two seedings into two databases store identical rows in every table, ids included")]
    public async Task TwoRunsAreIdentical()
    {
        using var second = await TempDatabase.MigratedAsync();
        await using (var db = second.CreateContext())
        {
            await BaliDemoSeeder.SeedAsync(db);
        }
        await using var a = demo.CreateContext();
        await using var b = second.CreateContext();
        Assert.Equal(await DumpAsync(a), await DumpAsync(b));
    }

    [Fact(DisplayName = "Seeding a database that already holds data is refused")]
    public async Task RefusesNonEmpty()
    {
        await using var db = demo.CreateContext();
        await Assert.ThrowsAsync<InvalidOperationException>(() => BaliDemoSeeder.SeedAsync(db));
    }

    [Fact(DisplayName = "MigrateAndSeedAsync creates, migrates and seeds a new database once, then leaves it alone")]
    public async Task MigrateAndSeedOnlyOnce()
    {
        using var file = TempDatabase.Create(create: false);
        await using (var db = file.CreateContext())
        {
            Assert.True(await DatabaseSetup.MigrateAndSeedAsync(db));
        }
        await using (var db = file.CreateContext())
        {
            Assert.False(await DatabaseSetup.MigrateAndSeedAsync(db));
            Assert.Equal(646, await db.KampungKbs.CountAsync());
        }
    }

    // Every table as JSON, rows in key order; navigations are not loaded so they serialise empty.
    private static async Task<string[]> DumpAsync(KampungKbDbContext db) =>
    [
        Json(await db.Provinces.AsNoTracking().OrderBy(x => x.Code).ToListAsync()),
        Json(await db.Regencies.AsNoTracking().OrderBy(x => x.Code).ToListAsync()),
        Json(await db.Districts.AsNoTracking().OrderBy(x => x.Code).ToListAsync()),
        Json(await db.Villages.AsNoTracking().OrderBy(x => x.Code).ToListAsync()),
        Json(await db.KampungKbs.AsNoTracking().OrderBy(x => x.Id).ToListAsync()),
        Json(await db.ProfileSnapshots.AsNoTracking().OrderBy(x => x.Id).ToListAsync()),
        Json(await db.MonthlyReports.AsNoTracking().OrderBy(x => x.Id).ToListAsync()),
        Json(await db.Agencies.AsNoTracking().OrderBy(x => x.Code).ToListAsync()),
        Json(await db.Programs.AsNoTracking().OrderBy(x => x.Code).ToListAsync()),
        Json(await db.ProgramParticipations.AsNoTracking().OrderBy(x => x.KampungKbId).ThenBy(x => x.ProgramCode).ToListAsync()),
        Json(await db.Indicators.AsNoTracking().OrderBy(x => x.Code).ToListAsync()),
        Json(await db.Observations.AsNoTracking().OrderBy(x => x.Id).ToListAsync()),
    ];

    private static string Json<T>(List<T> rows) => JsonSerializer.Serialize(rows);
}
