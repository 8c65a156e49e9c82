using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KampungKB.Graph.Querying.Diagnostics;

/// <summary>
/// Adds every executed command to <see cref="SqlStatementCollector.Current"/>. Register once on the DbContext options:
/// <c>options.AddInterceptors(SqlCaptureInterceptor.Instance)</c>; it costs nothing when no collector is active.
/// </summary>
public sealed class SqlCaptureInterceptor : DbCommandInterceptor
{
    /// <summary>The shared, stateless instance.</summary>
    public static SqlCaptureInterceptor Instance { get; } = new();

    /// <inheritdoc />
    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
        => Record(command, eventData, result);

    /// <inheritdoc />
    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        => ValueTask.FromResult(Record(command, eventData, result));

    /// <inheritdoc />
    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
        => Record(command, eventData, result);

    /// <inheritdoc />
    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
        => ValueTask.FromResult(Record(command, eventData, result));

    /// <inheritdoc />
    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
        => Record(command, eventData, result);

    /// <inheritdoc />
    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
        => ValueTask.FromResult(Record(command, eventData, result));

    private static TResult Record<TResult>(DbCommand command, CommandExecutedEventData eventData, TResult result)
    {
        SqlStatementCollector.Current?.Add(new SqlStatement(command.CommandText, eventData.Duration));
        return result;
    }
}
