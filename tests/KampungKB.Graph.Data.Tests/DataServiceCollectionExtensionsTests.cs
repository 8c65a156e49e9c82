using KampungKB.Graph.TestSupport;
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

    private static ServiceProvider Services(TempDatabase database) =>
        new ServiceCollection().AddKampungKb(database.Provider, database.ConnectionString).BuildServiceProvider();
}
