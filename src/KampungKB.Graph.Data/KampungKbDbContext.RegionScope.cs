using System.Linq.Expressions;
using System.Reflection;
using KampungKB.Graph.Data.Kampung;
using KampungKB.Graph.Data.Programs;
using KampungKB.Graph.Data.Regions;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Data;

/// <summary>
/// Confines every query of this context to one region, as global query filters: the condition is part of the SQL of
/// every query that reads a region or a Kampung KB row, whichever path built it (lists, nested batches, lookups,
/// aggregates). Without a scope (the default) the filters fold away.
/// </summary>
public partial class KampungKbDbContext
{
    private string? _regionScope;

    /// <summary>
    /// The Kemendagri code the context is confined to (<c>51.01</c>), or null for the whole country. Rows inside the
    /// region are visible; of the regions above it only the chain leading to it (so <c>51</c> for <c>51.01</c>).
    /// </summary>
    /// <remarks>Set directly, or read per query from <see cref="RegionScopeSource"/> (a host's current caller).</remarks>
    public string? RegionScope
    {
        get => _regionScope ?? RegionScopeSource?.RegionScope;
        set => _regionScope = value;
    }

    /// <summary>Where <see cref="RegionScope"/> comes from when not set directly; read when each query runs.</summary>
    public IRegionScopeSource? RegionScopeSource { get; set; }

    // Codes below the scope lie in ["51.01.", "51.01/"): a range seeks the code index, where LIKE would scan.
    private string BelowScopeFrom => RegionScope + ".";
    private string BelowScopeTo => RegionScope + "/";

    // EF.Parameter keeps "@scope IS NULL" in the SQL, which EF Core folds by the parameter's nullness and caches per
    // nullness: unscoped SQL carries no filter at all. (RegionScope == null alone becomes a bool parameter that stays in
    // every WHERE and join; EF.Constant folds too but turns off EF Core's SQL cache, regenerating SQL per query.)
    // Every visible row's parent region is visible too: references joined into a row's statement (INNER JOIN) rely on it.
    private void ApplyRegionScope(ModelBuilder model)
    {
        // A region is visible when it lies inside the scope or on the way down to it.
        model.Entity<Province>().HasQueryFilter(r => EF.Parameter(RegionScope) == null || r.Code == RegionScope
            || (string.Compare(r.Code, BelowScopeFrom) >= 0 && string.Compare(r.Code, BelowScopeTo) < 0) || RegionScope!.StartsWith(r.Code + "."));
        model.Entity<Regency>().HasQueryFilter(r => EF.Parameter(RegionScope) == null || r.Code == RegionScope
            || (string.Compare(r.Code, BelowScopeFrom) >= 0 && string.Compare(r.Code, BelowScopeTo) < 0) || RegionScope!.StartsWith(r.Code + "."));
        model.Entity<District>().HasQueryFilter(r => EF.Parameter(RegionScope) == null || r.Code == RegionScope
            || (string.Compare(r.Code, BelowScopeFrom) >= 0 && string.Compare(r.Code, BelowScopeTo) < 0) || RegionScope!.StartsWith(r.Code + "."));
        model.Entity<Village>().HasQueryFilter(r => EF.Parameter(RegionScope) == null || r.Code == RegionScope
            || (string.Compare(r.Code, BelowScopeFrom) >= 0 && string.Compare(r.Code, BelowScopeTo) < 0));
        model.Entity<KampungKb>().HasQueryFilter(k => EF.Parameter(RegionScope) == null || k.VillageCode == RegionScope
            || (string.Compare(k.VillageCode, BelowScopeFrom) >= 0 && string.Compare(k.VillageCode, BelowScopeTo) < 0));
        // Rows hanging off a Kampung KB follow it; a subquery rather than a join, so it folds away without a scope.
        model.Entity<ProfileSnapshot>().HasQueryFilter(x => EF.Parameter(RegionScope) == null || Set<KampungKb>().Any(k => k.Id == x.KampungKbId));
        model.Entity<MonthlyReport>().HasQueryFilter(x => EF.Parameter(RegionScope) == null || Set<KampungKb>().Any(k => k.Id == x.KampungKbId));
        model.Entity<ProgramParticipation>().HasQueryFilter(x => EF.Parameter(RegionScope) == null || Set<KampungKb>().Any(k => k.Id == x.KampungKbId));
        model.Entity<Observation>().HasQueryFilter(x => EF.Parameter(RegionScope) == null || Set<KampungKb>().Any(k => k.Id == x.KampungKbId));
    }

    /// <summary>
    /// <paramref name="rows"/> untracked, as the scope allows. Without a scope the region filters (the model's only ones)
    /// are left out altogether: folded away, they would still make EF Core join each navigation through a subquery, which
    /// SQLite parses and flattens again for every statement.
    /// </summary>
    public IQueryable<T> Readable<T>(DbSet<T> rows) where T : class
    {
        IQueryable<T> root = rows;
        var untracked = Expression.Call(Untracked<T>.AsNoTracking, root.Expression);
        return root.Provider.CreateQuery<T>(RegionScope is null ? Expression.Call(Untracked<T>.IgnoreQueryFilters, untracked) : untracked);
    }

    // The calls AsNoTracking() and IgnoreQueryFilters() make, with their methods closed once per type: EF Core closes them
    // (MakeGenericMethod) on every call, about 1% of a small query's CPU.
    private static class Untracked<T> where T : class
    {
        public static readonly MethodInfo AsNoTracking = new Func<IQueryable<T>, IQueryable<T>>(EntityFrameworkQueryableExtensions.AsNoTracking).Method;
        public static readonly MethodInfo IgnoreQueryFilters =
            new Func<IQueryable<T>, IQueryable<T>>(EntityFrameworkQueryableExtensions.IgnoreQueryFilters).Method;
    }

    // A pooled context goes back to the pool on dispose; the next lease must not inherit this caller's region.
    public override void Dispose()
    {
        (_regionScope, RegionScopeSource) = (null, null);
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        (_regionScope, RegionScopeSource) = (null, null);
        return base.DisposeAsync();
    }
}
