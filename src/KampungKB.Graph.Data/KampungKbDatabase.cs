using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Data;

/// <summary>The database engines the hub runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file (the default): <c>Data Source=data/kampungkb.db</c>.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, for several hub replicas: <c>Host=...;Database=...;Username=...;Password=...</c>.</summary>
    Postgres,
}

/// <summary>One place that pairs a provider with its context type and migrations.</summary>
public static class KampungKbDatabase
{
    /// <summary>Parses <c>Database:Provider</c> (<c>Sqlite</c> when empty, case-insensitive).</summary>
    public static DatabaseProvider ParseProvider(string? value) =>
        string.IsNullOrWhiteSpace(value) ? DatabaseProvider.Sqlite
        : Enum.TryParse<DatabaseProvider>(value.Trim(), ignoreCase: true, out var provider) && Enum.IsDefined(provider) ? provider
        : throw new ArgumentException($"Database:Provider '{value}' is not known; use Sqlite or Postgres.", nameof(value));

    /// <summary>Points <paramref name="options"/> at the database.</summary>
    public static DbContextOptionsBuilder Use(this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString) =>
        provider switch
        {
            DatabaseProvider.Postgres => options.UseHubNpgsql(connectionString),
            _ => options.UseHubSqlite(connectionString),
        };

    /// <summary>A context outside dependency injection (CLI steps, tests), with the provider's own migrations.</summary>
    public static KampungKbDbContext CreateContext(DatabaseProvider provider, string connectionString) =>
        provider switch
        {
            DatabaseProvider.Postgres => new PostgresKampungKbDbContext(
                new DbContextOptionsBuilder<PostgresKampungKbDbContext>().UseHubNpgsql(connectionString).Options),
            _ => new KampungKbDbContext(new DbContextOptionsBuilder<KampungKbDbContext>().UseHubSqlite(connectionString).Options),
        };
}
