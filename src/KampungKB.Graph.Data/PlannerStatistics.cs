using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace KampungKB.Graph.Data;

/// <summary>Ends a bulk load: commits it and refreshes the query planner's table statistics.</summary>
public static class PlannerStatistics
{
    /// <summary>
    /// Commits <paramref name="ownTransaction"/> (a load inside the caller's transaction passes none), then runs
    /// <c>ANALYZE</c>. Without statistics SQLite starts a region-filtered series from every observation of the indicator
    /// instead of from the region: 1.6 s instead of 45 ms at national scale. On PostgreSQL, outside a transaction (which
    /// <c>VACUUM</c> cannot run in), it vacuums first: until a vacuum marks the new rows' pages all-visible,
    /// index-only scans read the heap, the planner prices them so (the overview's coverage count hashed all 76,000
    /// Kampung KB: 105 against 4 ms), and autovacuum does that work while the hub serves its first requests.
    /// </summary>
    public static async Task CommitAndRefreshAsync(KampungKbDbContext db, IDbContextTransaction? ownTransaction, CancellationToken ct = default)
    {
        var postgres = db.Database.IsNpgsql();
        if (ownTransaction is not null)
        {
            // VACUUM marks a page all-visible only once its rows' commit is flushed: under the server's
            // synchronous_commit=off that is up to 0.6 s later, after VACUUM has passed the first tables.
            if (postgres) await db.Database.ExecuteSqlRawAsync("SET LOCAL synchronous_commit = on", ct);
            await ownTransaction.CommitAsync(ct);
        }
        // VACUUM before ANALYZE, not VACUUM (ANALYZE): that commits each table's statistics as it goes, and an
        // asynchronous commit there holds back the hint bits of the load's rows too (the commit log keeps one flush
        // position per 32 transactions), so the tables after the first stayed unmarked. Other writers' asynchronous
        // commits can do the same on a busy server with synchronous_commit=off; autovacuum then marks the rest.
        if (postgres && db.Database.CurrentTransaction is null) await db.Database.ExecuteSqlRawAsync("VACUUM", ct);
        await db.Database.ExecuteSqlRawAsync("ANALYZE", ct);
    }
}
