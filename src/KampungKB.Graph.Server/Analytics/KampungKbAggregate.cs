using System.Linq.Expressions;
using GraphQL;
using KampungKB.Graph.Data;
using KampungKB.Graph.Data.Kampung;
using KampungKB.Graph.Data.Programs;
using KampungKB.Graph.Querying.Plans;
using KampungKB.Graph.Server.Types;
using Microsoft.EntityFrameworkCore;
using Entity = KampungKB.Graph.Data.Kampung.KampungKb;

namespace KampungKB.Graph.Server.Analytics;

/// <summary>What <c>kampungKbAggregate</c> can group by.</summary>
internal enum KampungKbGroupBy
{
    Province = 1,
    Regency = 2,
    District = 3,
    Classification = 4,
    Program = 5,
    DeclaredYear = 6,
}

/// <summary>The values a group shares; null for what the request does not group by.</summary>
internal sealed class KampungKbGroupKey
{
    public string? ProvinceCode { get; set; }
    public string? RegencyCode { get; set; }
    public string? DistrictCode { get; set; }
    public Classification? Classification { get; set; }
    public string? ProgramCode { get; set; }
    public int? DeclaredYear { get; set; }
}

/// <summary>One group of Kampung KB with its counts.</summary>
internal sealed class KampungKbGroup
{
    public required KampungKbGroupKey Key { get; set; }
    public int Count { get; set; }
    public int RumahDataKuCount { get; set; }
    public int Dasar { get; set; }
    public int Berkembang { get; set; }
    public int Mandiri { get; set; }
    public int Berkelanjutan { get; set; }

    public double? RumahDataKuShare => Percentages.Of(RumahDataKuCount, Count);
    public IEnumerable<ClassificationCount> ByClassification => ClassificationCount.All([Dasar, Berkembang, Mandiri, Berkelanjutan], Count);
}

/// <summary>A Kampung KB, once per active programme when grouping by programme.</summary>
internal sealed class AggregateRow
{
    public required Entity Kampung { get; init; }
    public string? ProgramCode { get; init; }
}

/// <summary>Counts Kampung KB matching a <c>where</c> in groups with one GROUP BY statement.</summary>
internal static class KampungKbAggregate
{
    // Compiled per field of a cached document and shape of request, as the engine's pages are: no LINQ build or EF Core
    // query pipeline once a shape is asked again. A total's key is a constant, a grouping's a KampungKbGroupKey.
    private static readonly FilteredStatementPlans<Entity, Counted<int>> Totals = new();
    private static readonly FilteredStatementPlans<Entity, Counted<KampungKbGroupKey>> Groupings = new();

    // byClassification: whether to count each class too, four more counts per row, left out unless the selection asks.
    public static async Task<List<KampungKbGroup>> RunAsync(IResolveFieldContext context, Expression<Func<Entity, bool>>? where,
        IReadOnlyCollection<KampungKbGroupBy> groupBy, bool byClassification, CancellationToken ct)
    {
        var by = groupBy.Distinct().Order().ToList();
        var shape = string.Join(',', by) + (byClassification ? "+classes" : "");
        var kampungKbs = context.Db().KampungKbs.AsNoTracking();
        // Without groupBy EF Core needs a constant key (an empty key does not translate); the answer is then one total.
        var groups = by.Count == 0
            ? (await Totals.ToListAsync(context, kampungKbs, where, shape, k => Counts(Rows(k, by).GroupBy(r => 1), byClassification), ct))
                .Select(c => c.ToGroup(new KampungKbGroupKey())).ToList()
            : (await Groupings.ToListAsync(context, kampungKbs, where, shape, k => Counts(Rows(k, by).GroupBy(Key(by)), byClassification), ct))
                .Select(c => c.ToGroup(c.Key)).ToList();
        // Without groupBy the answer is one total, also when nothing matches.
        if (groups.Count == 0 && by.Count == 0) groups.Add(new KampungKbGroup { Key = new KampungKbGroupKey() });
        return groups
            .OrderBy(g => g.Key.ProvinceCode, StringComparer.Ordinal).ThenBy(g => g.Key.RegencyCode, StringComparer.Ordinal)
            .ThenBy(g => g.Key.DistrictCode, StringComparer.Ordinal).ThenBy(g => g.Key.Classification)
            .ThenBy(g => g.Key.ProgramCode, StringComparer.Ordinal).ThenBy(g => g.Key.DeclaredYear)
            .ToList();
    }

    // By programme a Kampung KB counts once in each programme it takes part in actively.
    private static IQueryable<AggregateRow> Rows(IQueryable<Entity> kampungKbs, List<KampungKbGroupBy> by) =>
        by.Contains(KampungKbGroupBy.Program)
            ? kampungKbs.SelectMany(k => k.Participations.Where(p => p.Status == ParticipationStatus.Active),
                (k, p) => new AggregateRow { Kampung = k, ProgramCode = p.ProgramCode })
            : kampungKbs.Select(k => new AggregateRow { Kampung = k, ProgramCode = null });

    private static IQueryable<Counted<TKey>> Counts<TKey>(IQueryable<IGrouping<TKey, AggregateRow>> groups, bool byClassification) =>
        byClassification
            ? groups.Select(g => new Counted<TKey>
            {
                Key = g.Key,
                Count = g.Count(),
                RumahDataKuCount = g.Count(r => r.Kampung.HasRumahDataKu),
                Dasar = g.Count(r => r.Kampung.Classification == Classification.Dasar),
                Berkembang = g.Count(r => r.Kampung.Classification == Classification.Berkembang),
                Mandiri = g.Count(r => r.Kampung.Classification == Classification.Mandiri),
                Berkelanjutan = g.Count(r => r.Kampung.Classification == Classification.Berkelanjutan),
            })
            : groups.Select(g => new Counted<TKey>
            {
                Key = g.Key,
                Count = g.Count(),
                RumahDataKuCount = g.Count(r => r.Kampung.HasRumahDataKu),
            });

    private sealed class Counted<TKey>
    {
        public required TKey Key { get; init; }
        public int Count { get; init; }
        public int RumahDataKuCount { get; init; }
        public int Dasar { get; init; }
        public int Berkembang { get; init; }
        public int Mandiri { get; init; }
        public int Berkelanjutan { get; init; }

        public KampungKbGroup ToGroup(KampungKbGroupKey key) => new()
        {
            Key = key, Count = Count, RumahDataKuCount = RumahDataKuCount,
            Dasar = Dasar, Berkembang = Berkembang, Mandiri = Mandiri, Berkelanjutan = Berkelanjutan,
        };
    }

    // r => new KampungKbGroupKey { <only the requested members>, in order }: the GROUP BY lists exactly those columns.
    private static Expression<Func<AggregateRow, KampungKbGroupKey>> Key(List<KampungKbGroupBy> groupBy)
    {
        var row = Expression.Parameter(typeof(AggregateRow), "r");
        var kampung = Expression.Property(row, nameof(AggregateRow.Kampung));
        Expression Region(RegionLevel level)
        {
            var code = RegionOf.KampungKb(level);
            return Lambda.Replace(code.Body, code.Parameters[0], kampung);
        }
        var bindings = groupBy.Select(by => by switch
        {
            KampungKbGroupBy.Province => Bind(nameof(KampungKbGroupKey.ProvinceCode), Region(RegionLevel.Province)),
            KampungKbGroupBy.Regency => Bind(nameof(KampungKbGroupKey.RegencyCode), Region(RegionLevel.Regency)),
            KampungKbGroupBy.District => Bind(nameof(KampungKbGroupKey.DistrictCode), Region(RegionLevel.District)),
            KampungKbGroupBy.Classification => Bind(nameof(KampungKbGroupKey.Classification), Expression.Property(kampung, nameof(Entity.Classification))),
            KampungKbGroupBy.Program => Bind(nameof(KampungKbGroupKey.ProgramCode), Expression.Property(row, nameof(AggregateRow.ProgramCode))),
            KampungKbGroupBy.DeclaredYear => Bind(nameof(KampungKbGroupKey.DeclaredYear),
                Expression.Property(Expression.Property(kampung, nameof(Entity.DeclaredOn)), nameof(DateOnly.Year))),
            _ => throw new ArgumentOutOfRangeException(nameof(groupBy)),
        });
        return Expression.Lambda<Func<AggregateRow, KampungKbGroupKey>>(
            Expression.MemberInit(Expression.New(typeof(KampungKbGroupKey)), bindings), row);
    }

    private static MemberBinding Bind(string member, Expression value)
    {
        var property = typeof(KampungKbGroupKey).GetProperty(member)!;
        return Expression.Bind(property, value.Type == property.PropertyType ? value : Expression.Convert(value, property.PropertyType));
    }
}
