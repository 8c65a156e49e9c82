using KampungKB.Graph.Data;
using KampungKB.Graph.Querying.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KampungKB.Graph.Server.Hosting;

/// <summary>Wires the hub's database: a SQLite file from <c>ConnectionStrings:KampungKb</c>, default <c>data/kampungkb.db</c>.</summary>
internal static class HubDatabase
{
    public const string DefaultConnectionString = "Data Source=data/kampungkb.db";

    public static string ConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString("KampungKb") ?? DefaultConnectionString;

    public static void AddHubDatabase(this WebApplicationBuilder builder)
    {
        var connectionString = ConnectionString(builder.Configuration);
        EnsureFolderOf(connectionString);
        builder.Services.AddSingleton<IInterceptor>(SqlCaptureInterceptor.Instance);
        // Every interceptor registered in DI joins in (tests add one that makes each call truly asynchronous).
        builder.Services.AddKampungKbSqlite(connectionString, (services, options) => options.AddInterceptors(services.GetServices<IInterceptor>()));
    }

    /// <summary>Applies migrations and loads the demo dataset into an empty database.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KampungKbDbContext>();
        if (await DatabaseSetup.MigrateAndSeedAsync(db, app.Lifetime.ApplicationStopping))
            app.Logger.LogInformation("Loaded the Bali demo dataset into the empty database.");
    }

    // SQLite creates the file but not its folder.
    private static void EnsureFolderOf(string connectionString)
    {
        var path = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(path) || path == ":memory:") return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}
