using KampungKB.Graph.Data;
using KampungKB.Graph.Data.Kampung;
using KampungKB.Graph.Data.Programs;
using KampungKB.Graph.Data.Regions;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Server.Analytics;

/// <summary>Which of the three statements a <c>stats</c> selection needs.</summary>
[Flags]
internal enum StatsParts
{
    None = 0,
    Villages = 1,
    KampungKbs = 2,
    Programs = 4,
}

/// <summary>
/// Computes <see cref="RegionStats"/> for many regions of one level at once: at most one GROUP BY over the parent code
/// for villages, one for Kampung KB (by class and Rumah DataKu) and one for programme participations.
/// </summary>
internal static class RegionStatsLoader
{
    public static async Task<Dictionary<object, RegionStats>> LoadAsync(KampungKbDbContext db, RegionLevel level,
        IReadOnlyCollection<object> keys, StatsParts parts, CancellationToken ct)
    {
        var codes = keys.Cast<string>().ToList();
        var stats = codes.ToDictionary(c => c, _ => new RegionStats());
        if (parts.HasFlag(StatsParts.Villages)) await CountVillagesAsync(db, level, codes, stats, ct);
        if (parts.HasFlag(StatsParts.KampungKbs)) await CountKampungKbsAsync(db, level, codes, stats, ct);
        if (parts.HasFlag(StatsParts.Programs)) await CountProgramsAsync(db, level, codes, stats, ct);
        return stats.ToDictionary(p => (object)p.Key, p => p.Value);
    }

    private static async Task CountVillagesAsync(KampungKbDbContext db, RegionLevel level, List<string> codes,
        Dictionary<string, RegionStats> stats, CancellationToken ct)
    {
        var rows = await db.Villages.AsNoTracking().Select(Lambda.WithCode(RegionOf.Village(level)))
            .Where(v => codes.Contains(v.Code))
            .GroupBy(v => v.Code)
            .Select(g => new
            {
                Code = g.Key,
                Villages = g.Count(),
                Desa = g.Count(v => v.Item.Kind == VillageKind.Desa),
                Kelurahan = g.Count(v => v.Item.Kind == VillageKind.Kelurahan),
                DesaAdat = g.Count(v => v.Item.Kind == VillageKind.DesaAdat),
                Covered = g.Count(v => v.Item.KampungKbs.Any()),
            })
            .ToListAsync(ct);
        foreach (var row in rows)
        {
            var s = stats[row.Code];
            (s.VillageCount, s.DesaCount, s.KelurahanCount, s.DesaAdatCount, s.VillagesWithKampungKb) =
                (row.Villages, row.Desa, row.Kelurahan, row.DesaAdat, row.Covered);
        }
    }

    private static async Task CountKampungKbsAsync(KampungKbDbContext db, RegionLevel level, List<string> codes,
        Dictionary<string, RegionStats> stats, CancellationToken ct)
    {
        var rows = await db.KampungKbs.AsNoTracking().Select(Lambda.WithCode(RegionOf.KampungKb(level)))
            .Where(k => codes.Contains(k.Code))
            .GroupBy(k => new { k.Code, k.Item.Classification, k.Item.HasRumahDataKu })
            .Select(g => new { g.Key.Code, g.Key.Classification, g.Key.HasRumahDataKu, Count = g.Count() })
            .ToListAsync(ct);
        foreach (var row in rows)
        {
            var s = stats[row.Code];
            s.KampungKbCount += row.Count;
            if (row.HasRumahDataKu) s.RumahDataKuCount += row.Count;
            s.ClassCounts[(int)row.Classification - 1] += row.Count;
        }
    }

    private static async Task CountProgramsAsync(KampungKbDbContext db, RegionLevel level, List<string> codes,
        Dictionary<string, RegionStats> stats, CancellationToken ct)
    {
        var rows = await db.ProgramParticipations.AsNoTracking()
            .Where(p => p.Status == ParticipationStatus.Active)
            .Select(Lambda.WithCode(RegionOf.Participation(level)))
            .Where(p => codes.Contains(p.Code))
            .GroupBy(p => new { p.Code, p.Item.ProgramCode })
            .Select(g => new { g.Key.Code, g.Key.ProgramCode, Count = g.Count() })
            .ToListAsync(ct);
        // Largest programme first, then by code, so the order is stable.
        foreach (var row in rows.OrderByDescending(r => r.Count).ThenBy(r => r.ProgramCode, StringComparer.Ordinal))
            stats[row.Code].ByProgram.Add(new ProgramCount(row.ProgramCode, row.Count));
    }
}
