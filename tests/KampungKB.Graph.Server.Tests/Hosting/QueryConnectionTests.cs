using System.Data.Common;
using KampungKB.Graph.Data;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace KampungKB.Graph.Server.Tests.Hosting;

/// <summary>
/// A query's statements share one connection open (EF Core alone opens and closes it around each); on SQLite the
/// connection stays open from request to request, keeping its statements prepared.
/// </summary>
public sealed class QueryConnectionTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Fact(DisplayName = "A query of four levels runs its statements on one connection, opened once (on SQLite left open by the request before)")]
    public async Task One_open_per_query()
    {
        var opens = new OpenCounter();
        using var counted = hub.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IInterceptor>(opens)));
        var client = counted.CreateClient();
        await client.DataAsync("{ __typename }");

        var before = opens.Count;
        var (_, statements) = await client.DataWithSqlAsync("""{ province(code: "51") { regencies { districts { villages(first: 2) { code } } } } }""");

        Assert.True(statements.Count >= 4, $"{statements.Count} statements");
        Assert.Equal(hub.Database.Provider == DatabaseProvider.Sqlite ? 0 : 1, opens.Count - before);
    }

    [SqliteFact(DisplayName = "On SQLite a page asked again with other sizes runs on the statement prepared the first time, never prepared or planned anew")]
    public async Task Pages_stay_prepared()
    {
        var statements = new StatementTracker();
        using var tracked = hub.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IInterceptor>(statements)));
        var client = tracked.CreateClient();
        const string page = "query Page($n: Int) { kampungKbs(first: $n, order: [{ name: ASC }]) { nodes { name } } }";

        for (var n = 1; n <= 4; n++) Assert.Equal(n, (await client.DataAsync(page, new { n }))["kampungKbs"]!["nodes"]!.AsArray().Count);

        var pages = statements.Prepared().Where(s => s.Sql.Contains("\"KampungKbs\"") && s.Sql.Contains("LIMIT")).ToList();
        // Kept, not finalized: four runs on fewer statements than runs (one per pooled connection the requests got).
        Assert.Equal(4, pages.Sum(s => s.Runs));
        Assert.True(pages.Count < 4, $"{pages.Count} statements for 4 pages.");
        // A new LIMIT bound each time, yet no statement was prepared again at its first step.
        Assert.All(pages, s => Assert.Equal(0, s.Reprepares));
    }

    // Asks SQLitePCL to list each new connection's statements, then reads SQLite's own counts of their runs and re-preparations.
    private sealed class StatementTracker : DbConnectionInterceptor
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<SQLitePCL.sqlite3, bool> _handles = new();

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Track(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Track(connection);
            return Task.CompletedTask;
        }

        private void Track(DbConnection connection)
        {
            var handle = ((Microsoft.Data.Sqlite.SqliteConnection)connection).Handle!;
            if (_handles.TryAdd(handle, true)) handle.enable_sqlite3_next_stmt(true);
        }

        public IEnumerable<(string Sql, int Runs, int Reprepares)> Prepared()
        {
            const int reprepare = 5, run = 6; // SQLITE_STMTSTATUS_REPREPARE, SQLITE_STMTSTATUS_RUN
            // Microsoft.Data.Sqlite's own statement handles (SQLitePCL finds them by pointer): read, never disposed.
            // Connections closed since (a context not pooled, the start's migration) have none left.
            foreach (var handle in _handles.Keys.Where(h => !h.IsClosed))
                for (var statement = SQLitePCL.raw.sqlite3_next_stmt(handle, null); statement is not null; statement = SQLitePCL.raw.sqlite3_next_stmt(handle, statement))
                    yield return (SQLitePCL.raw.sqlite3_sql(statement).utf8_to_string(),
                        SQLitePCL.raw.sqlite3_stmt_status(statement, run, 0), SQLitePCL.raw.sqlite3_stmt_status(statement, reprepare, 0));
        }
    }

    private sealed class OpenCounter : DbConnectionInterceptor
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return Task.CompletedTask;
        }

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Interlocked.Increment(ref _count);
    }
}
