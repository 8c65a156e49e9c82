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
        await using var services = new ServiceCollection().AddKampungKb(file.Provider, file.ConnectionString).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KampungKbDbContext>();
        Assert.Equal(file.Provider == DatabaseProvider.Postgres, db.Database.IsNpgsql());
        Assert.Equal(file.Provider == DatabaseProvider.Postgres, db is PostgresKampungKbDbContext);
        await db.Database.MigrateAsync();
        Assert.True(await DatabaseSetup.IsEmptyAsync(db));
    }
}
