using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KampungKB.Graph.Data;

/// <summary>Registers the hub's DbContext for a host.</summary>
public static class DataServiceCollectionExtensions
{
    /// <summary>Adds a pooled <see cref="KampungKbDbContext"/> on SQLite, e.g. <c>Data Source=data/kampungkb.db</c>.</summary>
    public static IServiceCollection AddKampungKbSqlite(this IServiceCollection services, string connectionString,
        Action<IServiceProvider, DbContextOptionsBuilder>? configure = null) =>
        services.AddKampungKb(DatabaseProvider.Sqlite, connectionString, configure);

    /// <summary>
    /// Adds a scoped <see cref="KampungKbDbContext"/> leased from a pool, on the given provider (on PostgreSQL a
    /// <see cref="PostgresKampungKbDbContext"/>, which carries that provider's migrations). Each lease reads its
    /// region scope from the <see cref="IRegionScopeSource"/> the host registers, if any.
    /// </summary>
    public static IServiceCollection AddKampungKb(this IServiceCollection services, DatabaseProvider provider, string connectionString,
        Action<IServiceProvider, DbContextOptionsBuilder>? configure = null) =>
        provider switch
        {
            DatabaseProvider.Postgres => services
                .AddPooledDbContextFactory<PostgresKampungKbDbContext>((sp, o) =>
                {
                    o.UseNpgsql(connectionString);
                    configure?.Invoke(sp, o);
                })
                .AddScoped<KampungKbDbContext>(sp => Lease(sp, sp.GetRequiredService<IDbContextFactory<PostgresKampungKbDbContext>>())),
            _ => services
                .AddPooledDbContextFactory<KampungKbDbContext>((sp, o) =>
                {
                    o.UseSqlite(connectionString);
                    configure?.Invoke(sp, o);
                })
                .AddScoped(sp => Lease(sp, sp.GetRequiredService<IDbContextFactory<KampungKbDbContext>>())),
        };

    private static KampungKbDbContext Lease<T>(IServiceProvider services, IDbContextFactory<T> pool) where T : KampungKbDbContext
    {
        var db = pool.CreateDbContext();
        db.RegionScopeSource = services.GetService<IRegionScopeSource>();
        return db;
    }
}
