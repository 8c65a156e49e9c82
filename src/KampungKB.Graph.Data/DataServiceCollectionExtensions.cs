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

    /// <summary>Adds a pooled <see cref="KampungKbDbContext"/> on the given provider; on PostgreSQL the service is a
    /// <see cref="PostgresKampungKbDbContext"/>, which carries that provider's migrations.</summary>
    public static IServiceCollection AddKampungKb(this IServiceCollection services, DatabaseProvider provider, string connectionString,
        Action<IServiceProvider, DbContextOptionsBuilder>? configure = null) =>
        provider switch
        {
            DatabaseProvider.Postgres => services.AddDbContextPool<KampungKbDbContext, PostgresKampungKbDbContext>((sp, o) =>
            {
                o.UseNpgsql(connectionString);
                configure?.Invoke(sp, o);
            }),
            _ => services.AddDbContextPool<KampungKbDbContext>((sp, o) =>
            {
                o.UseSqlite(connectionString);
                configure?.Invoke(sp, o);
            }),
        };
}
