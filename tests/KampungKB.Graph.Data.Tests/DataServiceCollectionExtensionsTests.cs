using KampungKB.Graph.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KampungKB.Graph.Data.Tests;

/// <summary>A host can register and resolve the context.</summary>
public sealed class DataServiceCollectionExtensionsTests
{
    [Fact(DisplayName = "AddKampungKb registers a pooled context on the suite's provider that migrates and answers")]
    public async Task Resolves()
    {
        using var file = TempDatabase.Create();
        await using var services = Services(file);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KampungKbDbContext>();
        Assert.Equal(file.Provider == DatabaseProvider.Postgres, db.Database.IsNpgsql());
        Assert.Equal(file.Provider == DatabaseProvider.Postgres, db is PostgresKampungKbDbContext);
        await db.Database.MigrateAsync();
        Assert.True(await DatabaseSetup.IsEmptyAsync(db));
    }

    [PostgresFact(DisplayName = "On PostgreSQL a statement the registered context runs repeatedly is prepared on its connection")]
    public async Task Prepares()
    {
        using var database = TempDatabase.Create();
        await using var services = Services(database);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KampungKbDbContext>();
        await db.Database.MigrateAsync();
        await db.Database.OpenConnectionAsync();
        for (var i = 0; i < 6; i++) await db.Provinces.CountAsync(p => p.Code == "51");
        var prepared = await db.Database.SqlQueryRaw<int>("""SELECT count(*)::int AS "Value" FROM pg_prepared_statements WHERE statement LIKE '%"Provinces"%'""").SingleAsync();
        Assert.Equal(1, prepared);
    }

    [Fact(DisplayName = "On SQLite the registered context's connection leaves out EF Core's decimal and regexp functions, which the model never needs")]
    public async Task Sqlite_skips_ef_functions()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kampungkb-functions-{Guid.NewGuid():N}.db");
        try
        {
            await using var services = new ServiceCollection().AddKampungKb(DatabaseProvider.Sqlite, $"Data Source={path}").BuildServiceProvider();
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<KampungKbDbContext>();
            await db.Database.MigrateAsync();
            Assert.Equal(0, await db.Provinces.CountAsync(p => p.Code == "51"));
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "SELECT ef_add(1, 2)";
            var missing = await Assert.ThrowsAsync<SqliteException>(() => command.ExecuteScalarAsync());
            Assert.Contains("no such function: ef_add", missing.Message);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    private static ServiceProvider Services(TempDatabase database) =>
        new ServiceCollection().AddKampungKb(database.Provider, database.ConnectionString).BuildServiceProvider();
}
