using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace KampungKB.Graph.Data;

#pragma warning disable EF1001 // EF Core's SQLite connection and creator services, subclassed and swapped in.

/// <summary>Points a context at SQLite as the hub does.</summary>
public static class HubSqlite
{
    /// <summary>
    /// <c>UseSqlite</c>, on a connection that keeps its statements prepared (<see cref="HubSqliteConnection"/>). A list of
    /// values is one JSON parameter (<c>IN (SELECT value FROM json_each(@p))</c>) rather than EF Core 10's default of one parameter
    /// per value: one statement for any length, and one a compiled plan can take (the engine's batches always send theirs so).
    /// </summary>
    public static DbContextOptionsBuilder<TContext> UseHubSqlite<TContext>(this DbContextOptionsBuilder<TContext> options, string connectionString)
        where TContext : DbContext =>
        (DbContextOptionsBuilder<TContext>)UseHubSqlite((DbContextOptionsBuilder)options, connectionString);

    /// <inheritdoc cref="UseHubSqlite{TContext}"/>
    public static DbContextOptionsBuilder UseHubSqlite(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, OneParameterPerList).ReplaceService<ISqliteRelationalConnection, HubSqliteConnection>()
            .ReplaceService<IRelationalDatabaseCreator, HubSqliteDatabaseCreator>();

    private static void OneParameterPerList(Microsoft.EntityFrameworkCore.Infrastructure.SqliteDbContextOptionsBuilder options)
        => options.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter);
}

/// <summary>
/// EF Core's SQLite connection as the hub uses it. Its <see cref="SqlitePreparedConnection"/> stays open from its first use
/// until the context is disposed: a pooled context serves one request at a time, and its next lease finds the statements
/// the last one prepared (closed, it would finalize them). And it is made without the functions EF Core adds for
/// <c>decimal</c> arithmetic and <c>Regex.IsMatch</c> (<c>ef_add</c>, <c>ef_sum</c>, <c>regexp</c> and eight more): the
/// model has no <c>decimal</c> and the engine translates no regular expression, yet Microsoft.Data.Sqlite registered them
/// on every open. A <c>decimal</c> property or a regex filter would need them: use plain <c>UseSqlite</c> then.
/// </summary>
internal sealed class HubSqliteConnection(
    RelationalConnectionDependencies dependencies, IRawSqlCommandBuilder rawSqlCommandBuilder, IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    private readonly int? _commandTimeout = RelationalOptionsExtension.Extract(dependencies.ContextOptions).CommandTimeout;

    protected override DbConnection CreateDbConnection()
    {
        var connection = new SqlitePreparedConnection(GetValidatedConnectionString());
        if (_commandTimeout is { } timeout) connection.DefaultTimeout = timeout;
        return connection;
    }

    // EF Core closes it after each query and when the context goes back to its pool; it stays open (a broken one closes).
    protected override void CloseDbConnection()
    {
        if (DbConnection.State == ConnectionState.Broken) base.CloseDbConnection();
    }

    protected override Task CloseDbConnectionAsync() =>
        DbConnection.State == ConnectionState.Broken ? base.CloseDbConnectionAsync() : Task.CompletedTask;

    /// <summary>Closes the connection for real, finalizing its statements.</summary>
    public void CloseForGood()
    {
        if (DbConnection.State != ConnectionState.Closed) DbConnection.Close();
    }
}

/// <summary>
/// EF Core's SQLite creator, closing the context's connection once the file is deleted: left open, it would go on reading
/// the deleted file, and a migration after <c>EnsureDeleted</c> would fill that instead of a new one. The hub deletes its
/// database only in the seeding verbs' <c>--force</c>, before any other context opens it.
/// </summary>
internal sealed class HubSqliteDatabaseCreator(
    RelationalDatabaseCreatorDependencies dependencies, ISqliteRelationalConnection connection, IRawSqlCommandBuilder rawSqlCommandBuilder)
    : SqliteDatabaseCreator(dependencies, connection, rawSqlCommandBuilder)
{
    // EF Core opens the connection to read the file's path, then deletes the file; the pool it clears drops the handle once closed.
    public override void Delete()
    {
        base.Delete();
        (Dependencies.Connection as HubSqliteConnection)?.CloseForGood();
    }
}
