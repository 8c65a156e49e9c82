using KampungKB.Graph.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KampungKB.Graph.Server.Hosting;

/// <summary>
/// Wires the hub's database: <c>Database:Provider</c> (<c>Sqlite</c>, the default, or <c>Postgres</c>),
/// <c>ConnectionStrings:KampungKb</c> (default the SQLite file <c>data/kampungkb.db</c>) and, optionally,
/// <c>ConnectionStrings:KampungKbReplica</c>: a read replica of that database (a PostgreSQL standby) for queries.
/// </summary>
internal static class HubDatabase
{
    public const string DefaultConnectionString = "Data Source=data/kampungkb.db";

    public static DatabaseProvider Provider(IConfiguration configuration) =>
        KampungKbDatabase.ParseProvider(configuration["Database:Provider"]);

    public static string ConnectionString(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("KampungKb");
        if (Provider(configuration) == DatabaseProvider.Sqlite) return connectionString ?? DefaultConnectionString;
        // appsettings.json names the SQLite file; Npgsql would read its "Data Source" as a host name.
        return connectionString is null or DefaultConnectionString
            ? throw new InvalidOperationException("Database:Provider is Postgres: set ConnectionStrings:KampungKb to a Npgsql connection string, e.g. Host=...;Database=kampungkb;Username=...;Password=...")
            : connectionString;
    }

    /// <summary>The read replica's connection string, or null when queries read the primary.</summary>
    public static string? ReplicaConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString("KampungKbReplica") is { Length: > 0 } replica ? replica : null;

    public static void AddHubDatabase(this WebApplicationBuilder builder)
    {
        var provider = Provider(builder.Configuration);
        var connectionString = ConnectionString(builder.Configuration);
        if (provider == DatabaseProvider.Sqlite) EnsureFolderOf(connectionString);
        // Every interceptor registered in DI joins in: SQL diagnostics' where enabled, and the tests' one that makes each
        // call truly asynchronous.
        // Thread-safety checks off: the serial execution strategy never shares a context between two statements at once,
        // and EF Core's check writes an AsyncLocal for every row read (13% of the nested read's CPU).
        builder.Services.AddKampungKb(provider, connectionString,
            (services, options) => options.AddInterceptors(services.GetServices<IInterceptor>()).EnableThreadSafetyChecks(false),
            ReplicaConnectionString(builder.Configuration));
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
