using System.Linq.Expressions;
using KampungKB.Graph.Data;
using KampungKB.Graph.Data.Programs;
using Microsoft.EntityFrameworkCore;
using Entity = KampungKB.Graph.Data.Kampung.KampungKb;
using PeriodText = KampungKB.Graph.Data.Period;

namespace KampungKB.Graph.Server.Analytics;

/// <summary>One month of a series, with how many Kampung KB went into it.</summary>
internal sealed record SeriesPoint(string Period, double Value, int KampungKbCount);

/// <summary>The monthly values of one indicator for one region (or overall).</summary>
internal sealed record IndicatorSeries(string? RegionCode, IReadOnlyList<SeriesPoint> Points);

/// <summary>An observation paired with the month it is counted in (LAST carries values forward).</summary>
internal sealed class Dated
{
    public required string Period { get; init; }
    public required Observation Item { get; init; }
}

/// <summary>Monthly series of an indicator over the Kampung KB a <c>where</c> selects, aggregated in SQL as the indicator declares.</summary>
internal static class IndicatorSeriesQuery
{
    public static async Task<List<IndicatorSeries>> RunAsync(KampungKbDbContext db, string indicator, Expression<Func<Entity, bool>>? where,
        string? from, string? to, RegionLevel? groupBy, CancellationToken ct)
    {
        CheckPeriods(from, to);
        var aggregation = await db.Indicators.AsNoTracking().Where(i => i.Code == indicator)
            .Select(i => (IndicatorAggregation?)i.Aggregation).FirstOrDefaultAsync(ct) ?? throw new UnknownIndicatorError(indicator);

        var observations = db.Observations.AsNoTracking().Where(o => o.IndicatorCode == indicator);
        if (where != null) observations = observations.Where(Lambda.Compose((Observation o) => o.KampungKb!, where));
        if (to != null) observations = observations.Where(o => string.Compare(o.Period, to) <= 0);
        var inRange = from == null ? observations : observations.Where(o => string.Compare(o.Period, from) >= 0);
        var level = groupBy ?? RegionLevel.Country;
        var points = aggregation switch
        {
            IndicatorAggregation.Sum => await Monthly(inRange, level).Select(g => new Row(g.Key.Code, g.Key.Period, g.Sum(c => c.Item.Value), g.Count())).ToListAsync(ct),
            IndicatorAggregation.Avg => await Monthly(inRange, level).Select(g => new Row(g.Key.Code, g.Key.Period, g.Average(c => c.Item.Value), g.Count())).ToListAsync(ct),
            _ => await LatestAsync(db, indicator, observations, inRange, level, ct),
        };
        return points.GroupBy(p => p.Code)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new IndicatorSeries(groupBy == null ? null : g.Key,
                g.OrderBy(p => p.Period, StringComparer.Ordinal).Select(p => new SeriesPoint(p.Period, p.Value, p.Count)).ToList()))
            .ToList();
    }

    private static IQueryable<IGrouping<CodePeriod, Coded<Observation>>> Monthly(IQueryable<Observation> observations, RegionLevel level) =>
        observations.Select(Lambda.WithCode(RegionOf.Observation(level)))
            .GroupBy(c => new CodePeriod { Code = c.Code, Period = c.Item.Period });

    // LAST: in each month with data, each Kampung KB's latest value up to that month, summed (a stock carried forward).
    private static Task<List<Row>> LatestAsync(KampungKbDbContext db, string indicator, IQueryable<Observation> observations,
        IQueryable<Observation> inRange, RegionLevel level, CancellationToken ct)
    {
        var all = db.Observations;
        var months = inRange.Select(o => o.Period).Distinct();
        return months.SelectMany(m => observations, (m, o) => new Dated { Period = m, Item = o })
            .Where(d => string.Compare(d.Item.Period, d.Period) <= 0
                && d.Item.Period == all.Where(x => x.IndicatorCode == indicator && x.KampungKbId == d.Item.KampungKbId
                    && string.Compare(x.Period, d.Period) <= 0).Max(x => x.Period))
            .Select(Lambda.WithCode(Lambda.Compose((Dated d) => d.Item, RegionOf.Observation(level))))
            .GroupBy(c => new CodePeriod { Code = c.Code, Period = c.Item.Period })
            .Select(g => new Row(g.Key.Code, g.Key.Period, g.Sum(c => c.Item.Item.Value), g.Count()))
            .ToListAsync(ct);
    }

    private static void CheckPeriods(string? from, string? to)
    {
        foreach (var (name, value) in new[] { ("from", from), ("to", to) })
            if (value != null && !PeriodText.IsValid(value))
                throw new InvalidPeriodError($"'{name}' must be a month as YYYY-MM, e.g. \"2025-01\"; '{(value.Length > 20 ? value[..20] + "..." : value)}' is not.");
        if (from != null && to != null && string.CompareOrdinal(from, to) > 0)
            throw new InvalidPeriodError($"'from' ({from}) is after 'to' ({to}); give the earlier month in 'from'.");
    }

    private sealed class CodePeriod
    {
        public required string Code { get; init; }
        public required string Period { get; init; }
    }

    private sealed record Row(string Code, string Period, double Value, int Count);
}
