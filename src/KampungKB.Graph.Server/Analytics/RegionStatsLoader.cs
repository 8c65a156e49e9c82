using KampungKB.Graph.Data;
using KampungKB.Graph.Data.Kampung;
using KampungKB.Graph.Data.Programs;
using KampungKB.Graph.Data.Regions;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Server.Analytics;

/// <summary>
/// Computes <see cref="RegionStats"/> for many regions of one level in one statement: the GROUP BYs over the parent code
/// the selection needs (villages; Kampung KB by class and Rumah DataKu; active programme participations), joined by
/// <c>UNION ALL</c>.
/// </summary>
internal static class RegionStatsLoader
{
    public static async Task<Dictionary<object, RegionStats>> LoadAsync(KampungKbDbContext db, RegionLevel level,
        IReadOnlyCollection<object> keys, StatsParts parts, CancellationToken ct)
    {
        var codes = keys.Cast<string>().ToList();
        var stats = codes.ToDictionary(c => c, _ => new RegionStats());
        // One statement rather than one per part: each costs a fixed overhead in EF Core and a round trip on PostgreSQL.
        var queries = PartRows(db, level, codes, parts).ToList();
        var rows = queries.Count == 0 ? [] : await queries.Aggregate((all, part) => all.Concat(part)).ToListAsync(ct);
        foreach (var row in rows.Where(r => r.Part != StatsParts.Programs)) AddVillageOrKampungKbRow(stats[row.Code], row);
        // Largest programme first, then by code, so the order is stable.
        foreach (var row in rows.Where(r => r.Part == StatsParts.Programs)
                     .OrderByDescending(r => r.Count).ThenBy(r => r.ProgramCode, StringComparer.Ordinal))
            stats[row.Code].ByProgram.Add(new ProgramCount(row.ProgramCode!, row.Count));
        return stats.ToDictionary(p => (object)p.Key, p => p.Value);
    }

    private static IEnumerable<IQueryable<StatsRow>> PartRows(KampungKbDbContext db, RegionLevel level, List<string> codes, StatsParts parts)
    {
        if (parts.HasFlag(StatsParts.Villages)) yield return VillageRows(db, level, codes);
        if (parts.HasFlag(StatsParts.KampungKbs)) yield return KampungKbRows(db, level, codes);
        if (parts.HasFlag(StatsParts.Programs)) yield return ProgramRows(db, level, codes);
    }

    private static void AddVillageOrKampungKbRow(RegionStats stats, StatsRow row)
    {
        if (row.Part == StatsParts.Villages)
        {
            (stats.VillageCount, stats.DesaCount, stats.KelurahanCount, stats.DesaAdatCount, stats.VillagesWithKampungKb) =
                (row.Count, row.Desa, row.Kelurahan, row.DesaAdat, row.Covered);
            return;
        }
        stats.KampungKbCount += row.Count;
        if (row.HasRumahDataKu) stats.RumahDataKuCount += row.Count;
        stats.ClassCounts[(int)row.Classification!.Value - 1] += row.Count;
    }

    private static IQueryable<StatsRow> VillageRows(KampungKbDbContext db, RegionLevel level, List<string> codes) =>
        db.Villages.AsNoTracking().Select(Lambda.WithCode(RegionOf.Village(level)))
            .Where(v => codes.Contains(v.Code))
            .GroupBy(v => v.Code)
            .Select(g => new StatsRow
            {
                Part = StatsParts.Villages,
                Code = g.Key,
                Classification = null,
                HasRumahDataKu = false,
                ProgramCode = null,
                Count = g.Count(),
                Desa = g.Count(v => v.Item.Kind == VillageKind.Desa),
                Kelurahan = g.Count(v => v.Item.Kind == VillageKind.Kelurahan),
                DesaAdat = g.Count(v => v.Item.Kind == VillageKind.DesaAdat),
                Covered = g.Count(v => v.Item.KampungKbs.Any()),
            });

    private static IQueryable<StatsRow> KampungKbRows(KampungKbDbContext db, RegionLevel level, List<string> codes) =>
        db.KampungKbs.AsNoTracking().Select(Lambda.WithCode(RegionOf.KampungKb(level)))
            .Where(k => codes.Contains(k.Code))
            .GroupBy(k => new { k.Code, k.Item.Classification, k.Item.HasRumahDataKu })
            .Select(g => new StatsRow
            {
                Part = StatsParts.KampungKbs,
                Code = g.Key.Code,
                Classification = g.Key.Classification,
                HasRumahDataKu = g.Key.HasRumahDataKu,
                ProgramCode = null,
                Count = g.Count(),
                Desa = 0,
                Kelurahan = 0,
                DesaAdat = 0,
                Covered = 0,
            });

    private static IQueryable<StatsRow> ProgramRows(KampungKbDbContext db, RegionLevel level, List<string> codes) =>
        db.ProgramParticipations.AsNoTracking()
            .Where(p => p.Status == ParticipationStatus.Active)
            .Select(Lambda.WithCode(RegionOf.Participation(level)))
            .Where(p => codes.Contains(p.Code))
            .GroupBy(p => new { p.Code, p.Item.ProgramCode })
            .Select(g => new StatsRow
            {
                Part = StatsParts.Programs,
                Code = g.Key.Code,
                Classification = null,
                HasRumahDataKu = false,
                ProgramCode = g.Key.ProgramCode,
                Count = g.Count(),
                Desa = 0,
                Kelurahan = 0,
                DesaAdat = 0,
                Covered = 0,
            });
}
