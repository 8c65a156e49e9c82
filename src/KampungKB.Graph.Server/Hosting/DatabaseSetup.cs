using KampungKB.Graph.Data;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Server.Hosting;

/// <summary>Wires the hub's database: SQLite file by default, from <c>ConnectionStrings:KampungKb</c>.</summary>
internal static class DatabaseSetup
{
    public const string DefaultConnectionString = "Data Source=data/kampungkb.db";

    public static string ConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString("KampungKb") ?? DefaultConnectionString;

    public static void AddHubDatabase(this WebApplicationBuilder builder) =>
        builder.Services.AddDbContext<KampungKbDbContext>(options => Configure(options, ConnectionString(builder.Configuration)));

    public static void Configure(DbContextOptionsBuilder options, string connectionString)
    {
        EnsureDirectoryFor(connectionString);
        options.UseSqlite(connectionString).UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
    }

    /// <summary>Applies migrations and loads the demo dataset into an empty database.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KampungKbDbContext>();
        await db.Database.EnsureCreatedAsync();
    }

    // SQLite creates the file but not its folder.
    private static void EnsureDirectoryFor(string connectionString)
    {
        var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder) && path != ":memory:") Directory.CreateDirectory(folder);
    }
}
