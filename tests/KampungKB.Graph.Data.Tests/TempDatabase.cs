using KampungKB.Graph.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KampungKB.Graph.TestSupport;

/// <summary>
/// A database of its own for one test or fixture, dropped on dispose: a SQLite file in the temp folder, or, when
/// <c>KAMPUNGKB_TEST_POSTGRES</c> holds a Npgsql connection string to a server, a fresh PostgreSQL database on it.
/// </summary>
public sealed class TempDatabase : IDisposable
{
    /// <summary>Names the server the suite runs against instead of SQLite, e.g. <c>Host=127.0.0.1;Username=postgres</c>.</summary>
    public const string PostgresVariable = "KAMPUNGKB_TEST_POSTGRES";

    private static readonly string? PostgresServer = Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } server ? server : null;

    static TempDatabase()
    {
        // Verbs the tests run (in process or as child processes) read the provider from configuration, as the hub does.
        if (PostgresServer is not null) Environment.SetEnvironmentVariable("Database__Provider", nameof(DatabaseProvider.Postgres));
    }

    private TempDatabase(DatabaseProvider provider, string connectionString, string? path, string? name)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Path = path;
        _name = name;
    }

    private readonly string? _name;

    /// <summary>The provider this run of the suite uses.</summary>
    public static DatabaseProvider SuiteProvider => PostgresServer is null ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres;

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The SQLite file (null on PostgreSQL).</summary>
    public string? Path { get; }

    /// <summary>Creates an empty database (the SQLite file appears on first use); with <paramref name="create"/> false
    /// only names one, as a hub starting against a new server finds it.</summary>
    public static TempDatabase Create(bool create = true)
    {
        if (PostgresServer is null)
        {
            var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"kampungkb-test-{Guid.NewGuid():N}.db");
            return new TempDatabase(DatabaseProvider.Sqlite, $"Data Source={path}", path, null);
        }
        var name = $"kampungkb_test_{Guid.NewGuid():N}";
        if (create) CreatePostgresDatabase(name);
        var builder = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name };
        return new TempDatabase(DatabaseProvider.Postgres, builder.ConnectionString, null, name);
    }

    private static void CreatePostgresDatabase(string name)
    {
        using var admin = new NpgsqlConnection(AdminConnectionString());
        admin.Open();
        try
        {
            // A linguistic default collation, as a server set up with en_US.UTF-8 has: the suite then proves the
            // model's own "C" collation, not the server's default, makes text ordinal.
            using var create = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8'", admin);
            create.ExecuteNonQuery();
        }
        catch (PostgresException)
        {
            // A server before PostgreSQL 15 or without ICU: its default.
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            create.ExecuteNonQuery();
        }
    }

    /// <summary>Creates the database and applies the provider's checked-in migrations.</summary>
    public static async Task<TempDatabase> MigratedAsync()
    {
        var database = Create();
        await using var db = database.CreateContext();
        await db.Database.MigrateAsync();
        return database;
    }

    public KampungKbDbContext CreateContext() => KampungKbDatabase.CreateContext(Provider, ConnectionString);

    /// <summary>A new database holding a copy of this one as it is now (nothing may be connected to it on PostgreSQL).</summary>
    public TempDatabase Copy()
    {
        var copy = Create(create: false);
        if (_name is null)
        {
            using var connection = new SqliteConnection(ConnectionString);
            connection.Open();
            using var vacuum = new SqliteCommand($"VACUUM INTO '{copy.Path}'", connection);
            vacuum.ExecuteNonQuery();
            return copy;
        }
        RunDisconnected($"CREATE DATABASE {copy._name} TEMPLATE {_name}");
        return copy;
    }

    /// <summary>This database's connection string for connections that refuse every write, as a standby's do.</summary>
    public string ReadOnlyConnectionString => _name is null
        ? $"{ConnectionString};Mode=ReadOnly"
        : new NpgsqlConnectionStringBuilder(ConnectionString) { Options = "-c default_transaction_read_only=on" }.ConnectionString;

    public void Dispose()
    {
        if (_name is null)
        {
            // Pooled connections keep the file open.
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            {
                File.Delete(Path + suffix);
            }
            return;
        }
        RunDisconnected($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }

    // Runs a statement about this whole database from the maintenance database, after closing this process's pooled connections to it.
    private void RunDisconnected(string sql)
    {
        // The hub's contexts pool under the connection string with its defaults added.
        foreach (var connectionString in new[] { ConnectionString, PostgresConnection.WithDefaults(ConnectionString) })
        {
            using var pooled = new NpgsqlConnection(connectionString);
            NpgsqlConnection.ClearPool(pooled);
        }
        using var admin = new NpgsqlConnection(AdminConnectionString());
        admin.Open();
        using var command = new NpgsqlCommand(sql, admin);
        command.ExecuteNonQuery();
    }

    // CREATE and DROP DATABASE run from the server's maintenance database.
    private static string AdminConnectionString() =>
        new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres", Pooling = false }.ConnectionString;
}

/// <summary>A fact about running on a PostgreSQL server; skipped, saying why, when the suite runs on SQLite.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TempDatabase.SuiteProvider != DatabaseProvider.Postgres) Skip = $"Runs only against PostgreSQL ({TempDatabase.PostgresVariable} is not set).";
    }
}

/// <summary>A fact about SQLite's own behaviour; skipped, saying why, when the suite runs on PostgreSQL.</summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute()
    {
        if (TempDatabase.SuiteProvider != DatabaseProvider.Sqlite) Skip = $"Runs only on SQLite ({TempDatabase.PostgresVariable} is set).";
    }
}
