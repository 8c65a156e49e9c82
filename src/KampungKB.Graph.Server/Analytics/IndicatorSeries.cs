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
            _ => await LatestAsync(db, indicator, observations, from, level, ct),
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
    // SQL sums the values per (region, month observed, month of the next observation): one index seek per observation and a
    // GROUP BY; the few resulting spans are then laid over the months here. Joining months x observations was 7x slower.
    private static async Task<List<Row>> LatestAsync(KampungKbDbContext db, string indicator, IQueryable<Observation> observations,
        string? from, RegionLevel level, CancellationToken ct)
    {
        var all = db.Observations;
        var spans = await observations.Select(Lambda.WithCode(RegionOf.Observation(level)))
            .GroupBy(c => new Span
            {
                Code = c.Code,
                From = c.Item.Period,
                Until = all.Where(x => x.IndicatorCode == indicator && x.KampungKbId == c.Item.KampungKbId && string.Compare(x.Period, c.Item.Period) > 0)
                    .Min(x => x.Period),
            })
            .Select(g => new { g.Key.Code, g.Key.From, g.Key.Until, Value = g.Sum(c => c.Item.Value), Count = g.Count() })
            .ToListAsync(ct);
        var months = spans.Select(s => s.From).Where(m => from == null || string.CompareOrdinal(m, from) >= 0).Distinct().Order(StringComparer.Ordinal).ToList();
        return spans.GroupBy(s => s.Code).SelectMany(region => months.Select(month =>
        {
            var holding = region.Where(s => string.CompareOrdinal(s.From, month) <= 0 && (s.Until == null || string.CompareOrdinal(month, s.Until) < 0)).ToList();
            return holding.Count == 0 ? null : new Row(region.Key, month, holding.Sum(s => s.Value), holding.Sum(s => s.Count));
        })).OfType<Row>().ToList();
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

    // Values that hold from their month until (not including) their Kampung KB's next observation, per region.
    private sealed class Span
    {
        public required string Code { get; init; }
        public required string From { get; init; }
        public string? Until { get; init; }
    }

    private sealed record Row(string Code, string Period, double Value, int Count);
}
