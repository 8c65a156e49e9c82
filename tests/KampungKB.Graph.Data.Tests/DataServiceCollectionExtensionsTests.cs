using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KampungKB.Graph.Data.Tests;

/// <summary>A host can register and resolve the context.</summary>
public sealed class DataServiceCollectionExtensionsTests
{
    [Fact(DisplayName = "AddKampungKbSqlite registers a pooled SQLite context that migrates and answers")]
    public async Task Resolves()
    {
        using var file = new TempSqliteDatabase();
        await using var services = new ServiceCollection().AddKampungKbSqlite($"Data Source={file.Path}").BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KampungKbDbContext>();
        Assert.True(db.Database.IsSqlite());
        await db.Database.MigrateAsync();
        Assert.True(await DatabaseSetup.IsEmptyAsync(db));
    }
}
