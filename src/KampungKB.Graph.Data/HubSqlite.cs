using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace KampungKB.Graph.Data;

#pragma warning disable EF1001 // EF Core's SQLite connection service, subclassed and swapped in to leave out one step.

/// <summary>Points a context at SQLite as the hub does.</summary>
public static class HubSqlite
{
    /// <summary>
    /// <c>UseSqlite</c>, on a connection without EF Core's functions for types the model does not have. A list of values
    /// is one JSON parameter (<c>IN (SELECT value FROM json_each(@p))</c>) rather than EF Core 10's default of one parameter
    /// per value: one statement for any length, and one a compiled plan can take (the engine's batches always send theirs so).
    /// </summary>
    public static DbContextOptionsBuilder<TContext> UseHubSqlite<TContext>(this DbContextOptionsBuilder<TContext> options, string connectionString)
        where TContext : DbContext =>
        options.UseSqlite(connectionString, OneParameterPerList).ReplaceService<ISqliteRelationalConnection, SqliteWithoutEfFunctions>();

    /// <inheritdoc cref="UseHubSqlite{TContext}"/>
    public static DbContextOptionsBuilder UseHubSqlite(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, OneParameterPerList).ReplaceService<ISqliteRelationalConnection, SqliteWithoutEfFunctions>();

    private static void OneParameterPerList(Microsoft.EntityFrameworkCore.Infrastructure.SqliteDbContextOptionsBuilder options)
        => options.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter);
}

/// <summary>
/// EF Core's SQLite connection without the functions EF Core adds for <c>decimal</c> arithmetic and <c>Regex.IsMatch</c>
/// (<c>ef_add</c>, <c>ef_sum</c>, <c>regexp</c> and eight more). The model has no <c>decimal</c> and the engine translates
/// no regular expression, yet Microsoft.Data.Sqlite registers them on every open and removes them on every close:
/// 22 native calls per request. A <c>decimal</c> property or a regex filter would need them: use plain <c>UseSqlite</c> then.
/// </summary>
internal sealed class SqliteWithoutEfFunctions(
    RelationalConnectionDependencies dependencies, IRawSqlCommandBuilder rawSqlCommandBuilder, IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    private readonly int? _commandTimeout = RelationalOptionsExtension.Extract(dependencies.ContextOptions).CommandTimeout;

    protected override DbConnection CreateDbConnection()
    {
        var connection = new SqliteConnection(GetValidatedConnectionString());
        if (_commandTimeout is { } timeout) connection.DefaultTimeout = timeout;
        return connection;
    }
}
