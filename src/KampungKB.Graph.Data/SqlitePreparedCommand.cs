using System.ComponentModel;
using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KampungKB.Graph.Data;

/// <summary>
/// A command of a <see cref="SqlitePreparedConnection"/>: runs its SQL on the connection's prepared statement for it, and
/// gives the statement back when disposed. A cancellable run interrupts SQLite when its token fires: Microsoft.Data.Sqlite
/// steps statements synchronously and looks at the token only before it starts, so a long statement (a timeout's
/// target) would otherwise run to its end. The interrupt stays armed until the command is disposed, after its reader;
/// between statements <c>sqlite3_interrupt</c> does nothing.
/// </summary>
internal sealed class SqlitePreparedCommand(SqlitePreparedConnection connection) : DbCommand
{
    private SqliteCommand? _statement;
    private DbDataReader? _reader;
    private CancellationTokenRegistration _interrupt;
    private CancellationToken _armedWith;

    // Parameters or a transaction set before the SQL go on a blank command, moved over when the SQL comes.
    private SqliteCommand Statement => _statement ??= connection.Rent("");

    [AllowNull]
    public override string CommandText
    {
        get => _statement?.CommandText ?? "";
        set
        {
            value ??= "";
            if (_statement?.CommandText == value) return;
            var previous = _statement;
            _statement = connection.Rent(value);
            if (previous is null) return;
            _statement.Transaction = previous.Transaction;
            _statement.CommandTimeout = previous.CommandTimeout;
            var parameters = previous.Parameters.Cast<SqliteParameter>().ToArray();
            previous.Parameters.Clear();
            _statement.Parameters.AddRange(parameters);
            connection.Return(previous);
        }
    }

    public override int CommandTimeout
    {
        get => Statement.CommandTimeout;
        set => Statement.CommandTimeout = value;
    }

    public override CommandType CommandType
    {
        get => CommandType.Text;
        set => Statement.CommandType = value;
    }

    [DefaultValue(true), DesignOnly(true), Browsable(false), EditorBrowsable(EditorBrowsableState.Never)]
    public override bool DesignTimeVisible { get; set; } = true;

    public override UpdateRowSource UpdatedRowSource
    {
        get => Statement.UpdatedRowSource;
        set => Statement.UpdatedRowSource = value;
    }

    protected override DbConnection? DbConnection
    {
        get => connection;
        set
        {
            if (!ReferenceEquals(value, connection))
                throw new NotSupportedException("A prepared SQLite command stays on the connection that made it; make one on the other connection.");
        }
    }

    protected override DbParameterCollection DbParameterCollection => Statement.Parameters;

    protected override DbTransaction? DbTransaction
    {
        get => Statement.Transaction;
        set => Statement.Transaction = (SqliteTransaction?)value;
    }

    public override void Cancel() => Statement.Cancel();

    protected override DbParameter CreateDbParameter() => Statement.CreateParameter();

    public override void Prepare() => Statement.Prepare();

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => _reader = Statement.ExecuteReader(behavior);

    public override int ExecuteNonQuery() => Statement.ExecuteNonQuery();

    public override object? ExecuteScalar() => Statement.ExecuteScalar();

    // Microsoft.Data.Sqlite's async methods run synchronously too; these add the interrupt.
    protected override Task<DbDataReader> ExecuteDbDataReaderAsync(CommandBehavior behavior, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArmInterrupt(cancellationToken);
        return Task.FromResult(ExecuteDbDataReader(behavior));
    }

    public override Task<int> ExecuteNonQueryAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArmInterrupt(cancellationToken);
        return Task.FromResult(ExecuteNonQuery());
    }

    public override Task<object?> ExecuteScalarAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArmInterrupt(cancellationToken);
        return Task.FromResult(ExecuteScalar());
    }

    private void ArmInterrupt(CancellationToken cancellationToken)
    {
        // A bulk load runs one command thousands of times with one token: armed once.
        if (!cancellationToken.CanBeCanceled || cancellationToken == _armedWith) return;
        _interrupt.Dispose();
        _armedWith = cancellationToken;
        _interrupt = cancellationToken.Register(static state =>
        {
            if (((SqliteConnection)state!).Handle is { } handle) raw.sqlite3_interrupt(handle);
        }, connection);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _interrupt.Dispose();
            if (_statement is not null)
            {
                // A reader still open holds the statement: it goes with this command instead.
                if (_reader is { IsClosed: false }) _statement.Dispose();
                else connection.Return(_statement);
                _statement = null;
            }
        }
        base.Dispose(disposing);
    }
}
