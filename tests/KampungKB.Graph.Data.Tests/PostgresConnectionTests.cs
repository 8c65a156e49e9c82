using KampungKB.Graph.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KampungKB.Graph.Data.Tests;

/// <summary>Npgsql prepares the hub's repeated statements unless the connection string says otherwise.</summary>
public sealed class PostgresConnectionTests
{
    [Theory(DisplayName = "Max Auto Prepare is added when the connection string does not set it, and kept when it does")]
    [InlineData("Host=db;Database=kampungkb", "Host=db;Database=kampungkb;Max Auto Prepare=64")]
    [InlineData("Host=db;Database=kampungkb; ", "Host=db;Database=kampungkb;Max Auto Prepare=64")]
    [InlineData("Host=db;max auto prepare=0", "Host=db;max auto prepare=0")]
    [InlineData("Host=db;MaxAutoPrepare=8;Database=k", "Host=db;MaxAutoPrepare=8;Database=k")]
    public void Defaults(string given, string used) => Assert.Equal(used, PostgresConnection.WithDefaults(given));

    [PostgresFact(DisplayName = "On PostgreSQL a statement the hub's context runs repeatedly is prepared on its connection")]
    public async Task Prepares()
    {
        using var database = TempDatabase.Create();
        await using var services = new ServiceCollection().AddKampungKb(database.Provider, database.ConnectionString).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KampungKbDbContext>();
        await db.Database.MigrateAsync();
        await db.Database.OpenConnectionAsync();
        for (var i = 0; i < 6; i++) await db.Provinces.CountAsync(p => p.Code == "51");
        var prepared = await db.Database.SqlQueryRaw<int>("""SELECT count(*)::int AS "Value" FROM pg_prepared_statements WHERE statement LIKE '%"Provinces"%'""").SingleAsync();
        Assert.Equal(1, prepared);
    }
}
