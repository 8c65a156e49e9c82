using System.Data;
using System.Data.Common;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KampungKB.Graph.Data;

/// <summary>
/// A SQLite connection that keeps the statements it ran prepared while it is open, as Npgsql's automatic preparation
/// does on PostgreSQL: Microsoft.Data.Sqlite prepares a command's SQL on its first run and finalizes it when the command
/// is disposed, and EF Core makes a command for every statement, so each request paid SQLite's parser and planner again
/// (30-70 us for the list's statement, more than a tenth of the request). Commands made here
/// (<see cref="SqlitePreparedCommand"/>) borrow a prepared <see cref="SqliteCommand"/> for their SQL and give it back
/// when disposed. At most <see cref="Capacity"/> statements are kept; the one used longest ago goes first.
/// </summary>
internal sealed class SqlitePreparedConnection(string connectionString) : SqliteConnection(connectionString)
{
    /// <summary>Statements kept per connection; Npgsql's default for automatic preparation is the same.</summary>
    public const int Capacity = 64;

    private readonly Dictionary<string, (SqliteCommand Command, long LastUsed)> _idle = new(StringComparer.Ordinal);
    private long _clock;

    /// <summary>The number of statements kept prepared now.</summary>
    public int PreparedCount => _idle.Count;

    protected override DbCommand CreateDbCommand() => new SqlitePreparedCommand(this);

    /// <summary>
    /// Opens with SQLite's query planner stability guarantee (<c>SQLITE_DBCONFIG_ENABLE_QPSG</c>): a statement keeps its plan
    /// whatever values are bound. Without it SQLite plans with the bound <c>LIMIT</c> and prepares the statement again
    /// whenever that parameter is bound anew, that is on every run of a page (the list's statement ran 24 us slower for it).
    /// </summary>
    public override void Open()
    {
        base.Open();
        raw.sqlite3_db_config(Handle, raw.SQLITE_DBCONFIG_ENABLE_QPSG, 1, out _);
    }

    /// <summary>A command for <paramref name="sql"/>: its prepared one when idle, else a new one.</summary>
    public SqliteCommand Rent(string sql)
    {
        if (sql.Length > 0 && _idle.Remove(sql, out var idle))
        {
            // As a new command starts: in the connection's transaction, if one is open.
            idle.Command.Transaction = Transaction;
            return idle.Command;
        }
        var command = CreateCommand();
        command.CommandText = sql;
        return command;
    }

    /// <summary>Keeps <paramref name="command"/>'s statement for the next command of its SQL, or finalizes it.</summary>
    public void Return(SqliteCommand command)
    {
        command.Parameters.Clear();
        command.Transaction = null;
        command.CommandTimeout = DefaultTimeout;
        var sql = command.CommandText;
        if (State != ConnectionState.Open || sql.Length == 0)
        {
            command.Dispose();
            return;
        }
        // One lookup of the SQL text, which runs to hundreds of characters.
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_idle, sql, out var kept);
        // Two commands of one SQL at once (a reader still open): the second is not kept.
        if (kept)
        {
            command.Dispose();
            return;
        }
        slot = (command, ++_clock);
        if (_idle.Count > Capacity) Evict();
    }

    private void Evict()
    {
        var oldest = _idle.MinBy(entry => entry.Value.LastUsed);
        _idle.Remove(oldest.Key);
        oldest.Value.Command.Dispose();
    }

    /// <summary>Finalizes the kept statements: they belong to this open connection.</summary>
    public override void Close()
    {
        foreach (var (command, _) in _idle.Values) command.Dispose();
        _idle.Clear();
        base.Close();
    }
}
