using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KampungKB.Graph.Server.Http.Limits;

/// <summary>
/// Makes a cancelled token stop a running SQLite statement: Microsoft.Data.Sqlite runs statements synchronously and
/// ignores the token once one has started, so we call <c>sqlite3_interrupt</c> on the connection instead. The token is
/// the one the connection was opened with: a query's, for all its statements (<see cref="Hosting.HubQueryStrategy"/>), or
/// a single command's, which EF Core opens the connection around. The registration lives exactly as long as the
/// connection is open, so a pooled connection serving another request is never hit; between statements the interrupt
/// does nothing. A connection interceptor, not a command one: any command interceptor makes EF Core build event data for
/// every command.
/// </summary>
internal sealed class SqliteInterruptOnCancel : DbConnectionInterceptor
{
    private readonly ConcurrentDictionary<DbConnection, CancellationTokenRegistration> _open = new();

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (cancellationToken.CanBeCanceled && connection is SqliteConnection { Handle: { } handle })
        {
            var registration = cancellationToken.Register(() => SQLitePCL.raw.sqlite3_interrupt(handle));
            if (!_open.TryAdd(connection, registration)) registration.Dispose();
        }
        return Task.CompletedTask;
    }

    public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Release(connection);
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Release(connection);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult ConnectionDisposing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Release(connection);
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionDisposingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Release(connection);
        return ValueTask.FromResult(result);
    }

    private void Release(DbConnection connection)
    {
        if (_open.TryRemove(connection, out var registration)) registration.Dispose();
    }
}
