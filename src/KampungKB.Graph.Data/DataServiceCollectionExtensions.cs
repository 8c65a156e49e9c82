using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KampungKB.Graph.Data;

/// <summary>Registers the hub's DbContext for a host.</summary>
public static class DataServiceCollectionExtensions
{
    /// <summary>Adds a pooled <see cref="KampungKbDbContext"/> on SQLite, e.g. <c>Data Source=data/kampungkb.db</c>.</summary>
    public static IServiceCollection AddKampungKbSqlite(this IServiceCollection services, string connectionString,
        Action<IServiceProvider, DbContextOptionsBuilder>? configure = null) =>
        services.AddDbContextPool<KampungKbDbContext>((provider, o) =>
        {
            o.UseSqlite(connectionString);
            configure?.Invoke(provider, o);
        });
}
