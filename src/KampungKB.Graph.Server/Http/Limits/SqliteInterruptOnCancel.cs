using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KampungKB.Graph.Server.Http.Limits;

/// <summary>
/// Makes a cancelled token stop a running SQLite statement: Microsoft.Data.Sqlite runs statements synchronously and
/// ignores the token once one has started, so we call <c>sqlite3_interrupt</c> on the command's connection instead.
/// The registration lives exactly as long as the command, so a pooled connection serving another request is never hit.
/// </summary>
internal sealed class SqliteInterruptOnCancel : DbCommandInterceptor
{
    private readonly ConcurrentDictionary<DbCommand, CancellationTokenRegistration> _running = new();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Watch(command, cancellationToken);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Watch(command, cancellationToken);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Watch(command, cancellationToken);
        return ValueTask.FromResult(result);
    }

    // A query's statement runs until its reader is disposed, after the last row is read.
    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Release(command);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result,
        CancellationToken cancellationToken = default)
    {
        Release(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        Release(command);
        return ValueTask.FromResult(result);
    }

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(command);
        return Task.CompletedTask;
    }

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(command);
        return Task.CompletedTask;
    }

    private void Release(DbCommand command)
    {
        if (_running.TryRemove(command, out var registration)) registration.Dispose();
    }

    private void Watch(DbCommand command, CancellationToken cancellationToken)
    {
        if (!cancellationToken.CanBeCanceled || command.Connection is not SqliteConnection { Handle: { } handle }) return;
        var registration = cancellationToken.Register(() => SQLitePCL.raw.sqlite3_interrupt(handle));
        if (!_running.TryAdd(command, registration)) registration.Dispose();
    }
}
