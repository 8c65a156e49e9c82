using System.Diagnostics;
using KampungKB.Graph.Data.Demo;

namespace KampungKB.Graph.Data.Tests;

/// <summary>The Bali demo seeded once into a migrated SQLite file, shared by the demo tests.</summary>
public sealed class SeededDemoFixture : IAsyncLifetime
{
    internal TempSqliteDatabase Database { get; private set; } = null!;

    public TimeSpan SeedTime { get; private set; }

    public async Task InitializeAsync()
    {
        Database = await TempSqliteDatabase.MigratedAsync();
        await using var db = Database.CreateContext();
        var watch = Stopwatch.StartNew();
        await BaliDemoSeeder.SeedAsync(db);
        SeedTime = watch.Elapsed;
    }

    public Task DisposeAsync()
    {
        Database.Dispose();
        return Task.CompletedTask;
    }

    internal KampungKbDbContext CreateContext() => Database.CreateContext();
}

/// <summary>Seeds the demo once for every test class that reads it.</summary>
[CollectionDefinition(Name)]
public sealed class SeededDemoCollection : ICollectionFixture<SeededDemoFixture>
{
    public const string Name = "Seeded Bali demo";
}
