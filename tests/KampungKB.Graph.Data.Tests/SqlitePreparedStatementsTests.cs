using KampungKB.Graph.Data.Regions;
using KampungKB.Graph.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SQLitePCL;

namespace KampungKB.Graph.Data.Tests;

/// <summary>
/// The registered context's SQLite connection stays open between leases and keeps its statements prepared
/// (<see cref="SqlitePreparedConnection"/>): what that must not break, and that it holds.
/// </summary>
public sealed class SqlitePreparedStatementsTests : IDisposable
{
    private readonly TempDatabase _file = TempDatabase.Create();
    private readonly ServiceProvider _services;

    public SqlitePreparedStatementsTests() => _services = new ServiceCollection().AddKampungKb(_file.Provider, _file.ConnectionString).BuildServiceProvider();

    public void Dispose()
    {
        _services.Dispose();
        _file.Dispose();
    }

    [SqliteFact(DisplayName = "On SQLite a query run again by later requests is neither prepared nor planned again, whatever its LIMIT")]
    public async Task Statements_stay_prepared_across_leases()
    {
        await LeaseAsync(async db =>
        {
            // SQLitePCL lists a connection's statements only when asked to before the first is prepared.
            await db.Database.OpenConnectionAsync();
            ((SqliteConnection)db.Database.GetDbConnection()).Handle!.enable_sqlite3_next_stmt(true);
            await db.Database.MigrateAsync();
            db.Provinces.AddRange(new Province { Code = "51", Name = "BALI" }, new Province { Code = "52", Name = "NUSA TENGGARA BARAT" });
            await db.SaveChangesAsync();
        });

        // Each lease a request of its own, with its own page size: a new LIMIT value each time.
        for (var take = 1; take <= 3; take++)
            await LeaseAsync(async db => Assert.Equal(Math.Min(take, 2), (await db.Provinces.OrderBy(p => p.Code).Take(take).ToListAsync()).Count));

        var page = await LeaseAsync(db => Task.FromResult(StatementsOf(db).Where(s => s.Sql.Contains("\"Provinces\"") && s.Sql.Contains("LIMIT")).ToList()));
        var statement = Assert.Single(page);
        Assert.Equal(3, statement.Runs);
        Assert.Equal(0, statement.Reprepares);
    }

    [SqliteFact(DisplayName = "On SQLite EnsureDeleted on a context whose connection stayed open, then migrating, makes a new empty file")]
    public async Task Deleting_the_file_closes_the_connection()
    {
        await LeaseAsync(async db =>
        {
            await db.Database.MigrateAsync();
            db.Provinces.Add(new Province { Code = "51", Name = "BALI" });
            await db.SaveChangesAsync();
        });

        await LeaseAsync(async db =>
        {
            await db.Database.EnsureDeletedAsync();
            await db.Database.MigrateAsync();
        });

        Assert.True(File.Exists(_file.Path), "No database file after migrating.");
        await LeaseAsync(async db => Assert.True(await DatabaseSetup.IsEmptyAsync(db)));
    }

    [SqliteFact(DisplayName = "On SQLite one statement read twice at once, a kept statement in a transaction, and more statements than are kept all answer right")]
    public async Task Kept_statements_answer_right()
    {
        await LeaseAsync(async db =>
        {
            await db.Database.MigrateAsync();
            db.Provinces.AddRange(new Province { Code = "51", Name = "BALI" }, new Province { Code = "52", Name = "NUSA TENGGARA BARAT" });
            await db.SaveChangesAsync();
        });

        await LeaseAsync(async db =>
        {
            // The same query while its reader is open: a second statement, which is not kept.
            var pairs = new List<(string, int)>();
            await foreach (var province in db.Provinces.AsNoTracking().OrderBy(p => p.Code).AsAsyncEnumerable())
                pairs.Add((province.Code, (await db.Provinces.AsNoTracking().OrderBy(p => p.Code).ToListAsync()).Count));
            Assert.Equal([("51", 2), ("52", 2)], pairs);

            // Kept outside a transaction, then run inside one: it sees the transaction's row, and not after the rollback.
            Assert.Equal(2, await db.Provinces.CountAsync());
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                db.Provinces.Add(new Province { Code = "53", Name = "NUSA TENGGARA TIMUR" });
                await db.SaveChangesAsync();
                Assert.Equal(3, await db.Provinces.CountAsync());
                await transaction.RollbackAsync();
            }
            db.ChangeTracker.Clear();
            Assert.Equal(2, await db.Provinces.CountAsync());

            // A text of its own each: the number written in, not a parameter.
            foreach (var (i, sql) in Enumerable.Range(0, SqlitePreparedConnection.Capacity + 6).Select(i => (i, $"SELECT {i} AS \"Value\"")))
                Assert.Equal(i, await db.Database.SqlQueryRaw<int>(sql).SingleAsync());
            Assert.Equal(SqlitePreparedConnection.Capacity, ((SqlitePreparedConnection)db.Database.GetDbConnection()).PreparedCount);
        });
    }

    private async Task<T> LeaseAsync<T>(Func<KampungKbDbContext, Task<T>> use)
    {
        await using var scope = _services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<KampungKbDbContext>());
    }

    private Task LeaseAsync(Func<KampungKbDbContext, Task> use) => LeaseAsync(async db => { await use(db); return true; });

    // SQLite's own account of the statements prepared on the context's connection: their SQL, runs and re-preparations.
    private static IEnumerable<(string Sql, int Runs, int Reprepares)> StatementsOf(KampungKbDbContext db)
    {
        var handle = ((SqliteConnection)db.Database.GetDbConnection()).Handle ?? throw new InvalidOperationException("The connection is closed.");
        const int reprepare = 5, run = 6; // SQLITE_STMTSTATUS_REPREPARE, SQLITE_STMTSTATUS_RUN
        // The handles are Microsoft.Data.Sqlite's own (SQLitePCL finds them by pointer): read, never disposed.
        for (var statement = raw.sqlite3_next_stmt(handle, null); statement is not null; statement = raw.sqlite3_next_stmt(handle, statement))
            yield return (raw.sqlite3_sql(statement).utf8_to_string(), raw.sqlite3_stmt_status(statement, run, 0), raw.sqlite3_stmt_status(statement, reprepare, 0));
    }
}
