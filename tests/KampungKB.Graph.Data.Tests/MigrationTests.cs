using KampungKB.Graph.Data.Regions;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Data.Tests;

/// <summary>The checked-in migrations (one set per provider) are the model.</summary>
public sealed class MigrationTests
{
    [Fact(DisplayName = "The model has no changes that a migration of the suite's provider does not yet capture")]
    public async Task NoPendingModelChanges()
    {
        using var file = await TempDatabase.MigratedAsync();
        await using var db = file.CreateContext();
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [PostgresFact(DisplayName = "Migrating a PostgreSQL database that does not exist yet creates it and logs no error (a verb's first run)")]
    public async Task Migrates_a_missing_database_without_an_error()
    {
        using var missing = TempDatabase.Create(create: false);
        var errors = new List<string>();
        var options = new DbContextOptionsBuilder<PostgresKampungKbDbContext>()
            .UseHubNpgsql(missing.ConnectionString).LogTo(errors.Add, Microsoft.Extensions.Logging.LogLevel.Error).Options;
        await using var db = new PostgresKampungKbDbContext(options);

        await DatabaseSetup.MigrateAsync(db);

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact(DisplayName = "Text compares byte by byte on every provider: 'Z' < 'a' < 'b', in ORDER BY and in comparisons")]
    public async Task Text_is_ordinal()
    {
        using var file = await TempDatabase.MigratedAsync();
        await using var db = file.CreateContext();
        db.Provinces.AddRange(new Province { Code = "a1", Name = "b" }, new Province { Code = "Z1", Name = "a" }, new Province { Code = "b1", Name = "B" });
        await db.SaveChangesAsync();

        Assert.Equal(["Z1", "a1", "b1"], await db.Provinces.OrderBy(p => p.Code).Select(p => p.Code).ToListAsync());
        Assert.Equal(["B", "a", "b"], await db.Provinces.OrderBy(p => p.Name).Select(p => p.Name).ToListAsync());
        Assert.Equal(["a1", "b1"], await db.Provinces.Where(p => string.Compare(p.Code, "_") > 0).OrderBy(p => p.Code).Select(p => p.Code).ToListAsync());
    }

    [Fact(DisplayName = "lower() folds ASCII letters only on every provider, so icontains matches the same rows")]
    public async Task Lower_folds_ascii_only()
    {
        using var file = await TempDatabase.MigratedAsync();
        await using var db = file.CreateContext();
        db.Provinces.AddRange(new Province { Code = "01", Name = "BALI" }, new Province { Code = "02", Name = "ÉLAN" });
        await db.SaveChangesAsync();

        // The shape the engine's icontains emits: both sides lowered by the database.
        async Task<List<string>> IContains(string value) => await db.Provinces
            .Where(p => p.Name.ToLower().Contains((p.Name.Substring(0, 0) + value).ToLower())).OrderBy(p => p.Code).Select(p => p.Code).ToListAsync();
        Assert.Equal(["01"], await IContains("bAl"));
        Assert.Equal(["02"], await IContains("ÉL"));
        Assert.Empty(await IContains("él"));
    }
}
