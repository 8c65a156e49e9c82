using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
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
    /// <see cref="PostgresKampungKbDbContext"/>, which carries that provider's migrations), and a scoped
    /// <see cref="ReadDatabase"/> for queries that only read: on <paramref name="replicaConnectionString"/> (a read
    /// replica of the same database) when given, else the same context. Each lease reads its region scope from the
    /// <see cref="IRegionScopeSource"/> the host registers, if any.
    /// </summary>
    public static IServiceCollection AddKampungKb(this IServiceCollection services, DatabaseProvider provider, string connectionString,
        Action<IServiceProvider, DbContextOptionsBuilder>? configure = null, string? replicaConnectionString = null)
    {
        if (provider == DatabaseProvider.Sqlite) SqliteMemoryStatistics.TurnOff();
        services.AddSingleton(sp => new ReplicaPool(replicaConnectionString is null ? null : Pool(sp, provider, replicaConnectionString, configure)));
        services.AddScoped<ReadDatabase>();
        return provider switch
        {
            DatabaseProvider.Postgres => services
                .AddPooledDbContextFactory<PostgresKampungKbDbContext>((sp, o) =>
                {
                    o.UseHubNpgsql(connectionString);
                    configure?.Invoke(sp, o);
                })
                .AddScoped<KampungKbDbContext>(sp => Lease(sp, sp.GetRequiredService<IDbContextFactory<PostgresKampungKbDbContext>>().CreateDbContext)),
            _ => services
                .AddPooledDbContextFactory<KampungKbDbContext>((sp, o) =>
                {
                    o.UseHubSqlite(connectionString);
                    configure?.Invoke(sp, o);
                })
                .AddScoped(sp => Lease(sp, sp.GetRequiredService<IDbContextFactory<KampungKbDbContext>>().CreateDbContext)),
        };
    }

    internal static KampungKbDbContext Lease(IServiceProvider services, Func<KampungKbDbContext> pool)
    {
        var db = pool();
        db.RegionScopeSource = services.GetService<IRegionScopeSource>();
        return db;
    }

    // The replica's own pool, configured as the primary's (interceptors and all), on the other connection string.
    private static Func<KampungKbDbContext> Pool(IServiceProvider services, DatabaseProvider provider, string connectionString,
        Action<IServiceProvider, DbContextOptionsBuilder>? configure)
    {
        switch (provider)
        {
            case DatabaseProvider.Postgres:
            {
                var options = new DbContextOptionsBuilder<PostgresKampungKbDbContext>().UseHubNpgsql(connectionString);
                configure?.Invoke(services, options);
                return new PooledDbContextFactory<PostgresKampungKbDbContext>(options.Options).CreateDbContext;
            }
            default:
            {
                var options = new DbContextOptionsBuilder<KampungKbDbContext>().UseHubSqlite(connectionString);
                configure?.Invoke(services, options);
                return new PooledDbContextFactory<KampungKbDbContext>(options.Options).CreateDbContext;
            }
        }
    }
}
