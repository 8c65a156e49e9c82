using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace KampungKB.Graph.Baseline;

/// <summary>Opens connections to the hub's database, read with the same settings as the hub's.</summary>
internal sealed class BaselineDatabase(Func<DbConnection> create)
{
    public static BaselineDatabase From(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("KampungKb") ?? throw new InvalidOperationException("Set ConnectionStrings:KampungKb.");
        if (!string.Equals(configuration["Database:Provider"], "Postgres", StringComparison.OrdinalIgnoreCase))
        {
            // As the hub does (KampungKB.Graph.Data.SqliteMemoryStatistics): no global mutex around every allocation.
            SQLitePCL.Batteries_V2.Init();
            SQLitePCL.raw.sqlite3_config(SQLitePCL.raw.SQLITE_CONFIG_MEMSTATUS, 0);
            return new BaselineDatabase(() => new SqliteConnection(connectionString));
        }
        // One data source for the process: Npgsql pools its connections.
        // Statements prepared once run, as the hub's are (KampungKB.Graph.Data.PostgresConnection), unless the string says.
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        if (settings.MaxAutoPrepare == 0) settings.MaxAutoPrepare = 64;
        var source = NpgsqlDataSource.Create(settings.ConnectionString);
        return new BaselineDatabase(source.CreateConnection);
    }

    public async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var connection = create();
        await connection.OpenAsync(ct);
        return connection;
    }
}
