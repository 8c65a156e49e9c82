using KampungKB.Graph.Data.Programs;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Data.Kampung;

/// <summary>
/// Reads what the classification needs from the database and keeps <see cref="KampungKb.Classification"/>
/// and <see cref="KampungKb.HasRumahDataKu"/> equal to what the latest snapshot, report and participations say.
/// Call it after any write that touches those (seeders, mutations, importers).
/// </summary>
public static class KampungKbClassifier
{
    private const int BatchSize = 2000;

    /// <summary>Evaluates the rule for the given Kampung KB (all when <paramref name="ids"/> is null).</summary>
    public static async Task<IReadOnlyDictionary<int, ClassificationResult>> EvaluateAsync(
        KampungKbDbContext db, IReadOnlyCollection<int>? ids = null, CancellationToken ct = default)
    {
        var results = new Dictionary<int, ClassificationResult>();
        foreach (var batch in await BatchesAsync(db, ids, ct))
        {
            foreach (var (id, facts) in await LoadFactsAsync(db, batch, ct))
            {
                results[id] = ClassificationRule.Evaluate(facts.Profile, facts.Report, facts.Agencies);
            }
        }
        return results;
    }

    /// <summary>Recomputes and stores the class and the Rumah DataKu flag of the given Kampung KB (all when null).</summary>
    /// <remarks>Reads saved rows and writes with set-based UPDATEs: save pending changes first, and reload
    /// any <see cref="KampungKb"/> this context tracks if you need its new class. Joins the current transaction.</remarks>
    /// <returns>How many rows were written.</returns>
    public static async Task<int> RefreshAsync(KampungKbDbContext db, IReadOnlyCollection<int>? ids = null, CancellationToken ct = default)
    {
        var written = 0;
        foreach (var batch in await BatchesAsync(db, ids, ct))
        {
            var facts = await LoadFactsAsync(db, batch, ct);
            // One UPDATE per (class, flag) pair instead of one per row.
            var groups = facts.GroupBy(f => (
                Classification: ClassificationRule.Evaluate(f.Value.Profile, f.Value.Report, f.Value.Agencies).Classification,
                HasRumahDataKu: f.Value.Profile?.HasRumahDataKu ?? false));
            foreach (var group in groups)
            {
                var groupIds = group.Select(f => f.Key).ToList();
                written += await db.KampungKbs
                    .Where(k => groupIds.Contains(k.Id))
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(k => k.Classification, group.Key.Classification)
                        .SetProperty(k => k.HasRumahDataKu, group.Key.HasRumahDataKu), ct);
            }
        }
        return written;
    }

    /// <summary>The distinct agencies other than BKKBN whose programmes each Kampung KB takes part in actively
    /// (only the Kampung KB in <paramref name="ids"/> when given).</summary>
    public static IQueryable<CrossSectorAgencyCount> CrossSectorAgencyCounts(KampungKbDbContext db, IReadOnlyCollection<int>? ids = null) =>
        (ids is null ? db.ProgramParticipations : db.ProgramParticipations.Where(p => ids.Contains(p.KampungKbId)))
            .Where(p => p.Status == ParticipationStatus.Active && p.Program!.AgencyCode != Agency.BkkbnCode)
            .Select(p => new { p.KampungKbId, p.Program!.AgencyCode })
            .Distinct()
            .GroupBy(p => p.KampungKbId)
            .Select(g => new CrossSectorAgencyCount { KampungKbId = g.Key, Agencies = g.Count() });

    private static async Task<List<List<int>>> BatchesAsync(KampungKbDbContext db, IReadOnlyCollection<int>? ids, CancellationToken ct)
    {
        var all = ids?.Distinct().Order().ToList()
            ?? await db.KampungKbs.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Id).ToListAsync(ct);
        return all.Chunk(BatchSize).Select(c => c.ToList()).ToList();
    }

    private static async Task<Dictionary<int, Facts>> LoadFactsAsync(KampungKbDbContext db, List<int> ids, CancellationToken ct)
    {
        var profiles = await db.ProfileSnapshots.AsNoTracking()
            .Where(p => ids.Contains(p.KampungKbId))
            .Where(p => p.Period == db.ProfileSnapshots.Where(q => q.KampungKbId == p.KampungKbId).Max(q => q.Period))
            .ToDictionaryAsync(p => p.KampungKbId, ct);
        var reports = await db.MonthlyReports.AsNoTracking()
            .Where(r => ids.Contains(r.KampungKbId))
            .Where(r => r.Period == db.MonthlyReports.Where(q => q.KampungKbId == r.KampungKbId).Max(q => q.Period))
            .ToDictionaryAsync(r => r.KampungKbId, ct);
        // Filtered before grouping: a HAVING after it would group every participation once per batch.
        var agencies = await CrossSectorAgencyCounts(db, ids)
            .ToDictionaryAsync(c => c.KampungKbId, c => c.Agencies, ct);
        return ids.ToDictionary(id => id, id => new Facts(
            profiles.GetValueOrDefault(id), reports.GetValueOrDefault(id), agencies.GetValueOrDefault(id)));
    }

    private sealed record Facts(ProfileSnapshot? Profile, MonthlyReport? Report, int Agencies);
}

/// <summary>How many distinct cross-sector agencies are active in one Kampung KB.</summary>
/// <remarks>Init properties rather than a constructor so queries can still filter on it in SQL.</remarks>
public sealed record CrossSectorAgencyCount
{
    public int KampungKbId { get; init; }
    public int Agencies { get; init; }
}
