using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Data;

/// <summary>Points a context at PostgreSQL as the hub does.</summary>
public static class HubPostgres
{
    /// <summary>
    /// <c>UseNpgsql</c> on the connection string with <see cref="PostgresConnection.WithDefaults"/>; a list of values is one
    /// array parameter (<c>= ANY (@p)</c>), as on SQLite (<see cref="HubSqlite"/>).
    /// </summary>
    public static DbContextOptionsBuilder<TContext> UseHubNpgsql<TContext>(this DbContextOptionsBuilder<TContext> options, string connectionString)
        where TContext : DbContext =>
        options.UseNpgsql(PostgresConnection.WithDefaults(connectionString), OneParameterPerList);

    /// <inheritdoc cref="UseHubNpgsql{TContext}"/>
    public static DbContextOptionsBuilder UseHubNpgsql(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(PostgresConnection.WithDefaults(connectionString), OneParameterPerList);

    private static void OneParameterPerList(Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.NpgsqlDbContextOptionsBuilder options)
        => options.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter);
}
