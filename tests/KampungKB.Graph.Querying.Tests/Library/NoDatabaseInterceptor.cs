using System.Data;
using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KampungKB.Graph.Querying.Tests.Library;

/// <summary>
/// Lets EF Core run queries for a provider without a server (PostgreSQL here): connections "open" without connecting and
/// every command answers three rows of integers 1, 2, 3 in each selected column, so loaders get parents to batch.
/// </summary>
public sealed partial class NoDatabaseInterceptor : IDbConnectionInterceptor, IDbCommandInterceptor
{
    public ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result,
        CancellationToken cancellationToken = default) => ValueTask.FromResult(InterceptionResult.Suppress());

    public InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
        => InterceptionResult.Suppress();

    public ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
        => ValueTask.FromResult(InterceptionResult.Suppress());

    public InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
        => InterceptionResult.Suppress();

    public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        => ValueTask.FromResult(InterceptionResult<DbDataReader>.SuppressWithResult(Rows(command.CommandText)));

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        => InterceptionResult<DbDataReader>.SuppressWithResult(Rows(command.CommandText));

    private static DbDataReader Rows(string sql)
    {
        var table = new DataTable();
        for (var i = 0; i < TopLevelColumns(sql); i++) table.Columns.Add($"c{i}", typeof(int));
        for (var row = 1; row <= 3; row++) table.Rows.Add(Enumerable.Repeat((object)row, table.Columns.Count).ToArray());
        return table.CreateDataReader();
    }

    // Counts the commas of the outermost SELECT list (parentheses nest subqueries and function calls).
    private static int TopLevelColumns(string sql)
    {
        var select = sql[(sql.IndexOf("SELECT", StringComparison.Ordinal) + 6)..];
        int depth = 0, columns = 1;
        for (var i = 0; i < select.Length; i++)
        {
            var c = select[i];
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == ',' && depth == 0) columns++;
            else if (depth == 0 && FromKeyword().IsMatch(select.AsSpan(i, Math.Min(6, select.Length - i)))) break;
        }
        return columns;
    }

    [GeneratedRegex(@"^\sFROM\s")]
    private static partial Regex FromKeyword();
}
