using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Data;

/// <summary>Refreshes the query planner's table statistics after a bulk load.</summary>
public static class PlannerStatistics
{
    /// <summary>
    /// Runs <c>ANALYZE</c> (the same word on SQLite and PostgreSQL). Without statistics SQLite starts a region-filtered
    /// series from every observation of the indicator instead of from the region: 1.6 s instead of 45 ms at national scale.
    /// </summary>
    public static Task RefreshAsync(KampungKbDbContext db, CancellationToken ct = default) =>
        db.Database.ExecuteSqlRawAsync("ANALYZE", ct);
}
