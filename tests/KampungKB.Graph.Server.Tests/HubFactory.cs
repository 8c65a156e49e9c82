using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using KampungKB.Graph.Querying.Tests.Library;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Data.Sqlite;

namespace KampungKB.Graph.Server.Tests;

/// <summary>
/// The hub on a fresh SQLite file of its own, deleted on dispose. Use it as a class fixture
/// (<c>IClassFixture&lt;HubFactory&gt;</c>) so one test class shares one database.
/// </summary>
public sealed class HubFactory : WebApplicationFactory<Program>
{
    /// <summary>The database file this hub uses.</summary>
    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"kampungkb-test-{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:KampungKb", $"Data Source={DatabasePath}");
        // Tests count statements through the GraphQL-Diagnostics header.
        builder.UseSetting("Diagnostics:Enabled", "true");
        // Suites send hundreds of requests from one address; rate limit tests switch it back on.
        builder.UseSetting("GraphQL:RateLimit:Enabled", "false");
        // SQLite completes most calls synchronously; this makes each one truly asynchronous, as PostgreSQL's are.
        builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor, YieldingInterceptor>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        // Pooled connections keep the file open.
        SqliteConnection.ClearAllPools();
        foreach (var suffix in (string[])["", "-wal", "-shm", "-journal"])
            File.Delete(DatabasePath + suffix);
        GC.SuppressFinalize(this);
    }
}
