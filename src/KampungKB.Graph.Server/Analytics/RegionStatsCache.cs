namespace KampungKB.Graph.Server.Analytics;

/// <summary>
/// The stats of the regions one level down that a query's <c>stats</c> statement computed on the way (a province's
/// figures are its kab/kota's summed), kept for the request: <c>regencies { stats }</c> under a province's
/// <c>stats</c> then answers without a statement of its own. Per request, so it never outlives the data it read.
/// </summary>
internal sealed class RegionStatsCache
{
    private readonly Dictionary<string, List<(StatsParts Parts, Dictionary<string, RegionStats> Children)>> _byParent = [];

    /// <summary>Keeps the children of <paramref name="parents"/>, all of them, computed for <paramref name="parts"/>.</summary>
    public void Add(IEnumerable<string> parents, StatsParts parts, Dictionary<string, RegionStats> children)
    {
        foreach (var parent in parents)
        {
            if (!_byParent.TryGetValue(parent, out var known)) _byParent[parent] = known = [];
            known.Add((parts, children));
        }
    }

    /// <summary>The stats of <paramref name="code"/> when its parent's children were computed with <paramref name="parts"/>
    /// (a region without rows then has none, so empty figures).</summary>
    public bool TryGet(string code, StatsParts parts, out RegionStats stats)
    {
        foreach (var (known, children) in _byParent.GetValueOrDefault(ParentOf(code)) ?? [])
        {
            if ((known & parts) != parts) continue;
            stats = children.GetValueOrDefault(code) ?? new RegionStats();
            return true;
        }
        stats = RegionStats.Empty;
        return false;
    }

    /// <summary>Kemendagri codes nest: <c>51.01</c> lies in <c>51</c>, and a province in the country (<c>""</c>).</summary>
    public static string ParentOf(string code) => code.LastIndexOf('.') is var dot and >= 0 ? code[..dot] : "";
}
