using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace KampungKB.Graph.Data;

/// <summary>
/// Inserts many rows of one mapped entity through prepared, parameterised INSERTs (on PostgreSQL many rows each), bypassing the change
/// tracker. Column names, identifiers and value conversions come from the EF model, so it follows the mapping
/// and the provider. Generated keys are left to the database and not read back, unless the caller supplies them.
/// </summary>
internal static class BulkInsert
{
    /// <remarks><c>withGeneratedKeys</c> writes the rows' own values into database-generated key columns (the caller
    /// numbered them); <c>afterEach</c> is called after each statement with the running count, e.g. for progress.</remarks>
    public static Task<int> RowsAsync<T>(KampungKbDbContext db, IEnumerable<T> rows, CancellationToken ct,
        bool withGeneratedKeys = false, Action<int>? afterEach = null) where T : class
    {
        var entityType = BulkCommand.EntityType<T>(db);
        var columns = entityType.GetProperties()
            .Where(p => withGeneratedKeys || !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd))
            .ToArray();
        // PostgreSQL is a round trip away: many rows a statement (a national seed took 13 minutes at one). SQLite is in
        // process, where one prepared row at a time is as fast.
        var rowsPerStatement = db.Database.IsNpgsql() ? Math.Max(1, ParametersPerStatement / columns.Length) : 1;
        return BulkCommand.ExecuteAsync(db, entityType, columns, rows, (table, names, parameters) =>
            $"INSERT INTO {table} ({string.Join(", ", names)}) VALUES " +
            string.Join(", ", parameters.Chunk(names.Length).Select(row => $"({string.Join(", ", row)})")), ct, afterEach, rowsPerStatement);
    }

    // Far below PostgreSQL's limit of 65,535 parameters a statement; more rows a statement saved nothing measurable.
    private const int ParametersPerStatement = 1000;

    /// <summary>After rows were inserted <c>withGeneratedKeys</c>: moves PostgreSQL's identity sequence past the highest
    /// key, so the next database-numbered row does not collide. SQLite numbers from the table's maximum and needs nothing.</summary>
    public static async Task SyncGeneratedKeyAsync<T>(KampungKbDbContext db, CancellationToken ct) where T : class
    {
        if (!db.Database.IsNpgsql()) return;
        var entityType = BulkCommand.EntityType<T>(db);
        var key = entityType.FindPrimaryKey()!.Properties.Single(p => p.ValueGenerated == ValueGenerated.OnAdd);
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var tableName = sql.DelimitIdentifier(table.Name, table.Schema);
        var column = sql.DelimitIdentifier(key.GetColumnName(table)!);
        // Identifiers come from the model, not from input; setval(..., false) makes the next value MAX + 1.
#pragma warning disable EF1002
        await db.Database.ExecuteSqlRawAsync(
            $"SELECT setval(pg_get_serial_sequence('{tableName}', '{key.GetColumnName(table)}'), COALESCE(MAX({column}), 0) + 1, false) FROM {tableName}", ct);
#pragma warning restore EF1002
    }
}

/// <summary>Updates many rows of one mapped entity by key through one prepared UPDATE of every non-key column.</summary>
internal static class BulkUpdate
{
    public static Task<int> RowsAsync<T>(KampungKbDbContext db, IEnumerable<T> rows, CancellationToken ct, Action<int>? afterEach = null) where T : class
    {
        var entityType = BulkCommand.EntityType<T>(db);
        var keys = entityType.FindPrimaryKey()!.Properties;
        // Key columns last, so the SET list and the WHERE clause split the parameter list in two.
        var columns = entityType.GetProperties().Where(p => !p.IsPrimaryKey()).Concat(keys).ToArray();
        var setCount = columns.Length - keys.Count;
        return BulkCommand.ExecuteAsync(db, entityType, columns, rows, (table, names, parameters) =>
            $"UPDATE {table} SET {string.Join(", ", names.Take(setCount).Select((n, i) => $"{n} = {parameters[i]}"))} " +
            $"WHERE {string.Join(" AND ", names.Skip(setCount).Select((n, i) => $"{n} = {parameters[setCount + i]}"))}", ct, afterEach);
    }
}

/// <summary>
/// A prepared command per row type over <c>rowsPerStatement</c> rows' parameters (and one for the rows left over),
/// run inside the caller's transaction.
/// </summary>
internal static class BulkCommand
{
    public static IEntityType EntityType<T>(KampungKbDbContext db) =>
        db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");

    /// <remarks><paramref name="commandText"/> gets the table, the column names and the parameter placeholders, the
    /// columns' once for each row of the statement.</remarks>
    public static async Task<int> ExecuteAsync<T>(KampungKbDbContext db, IEntityType entityType, IProperty[] columns, IEnumerable<T> rows,
        Func<string, string[], string[], string> commandText, CancellationToken ct, Action<int>? afterEach, int rowsPerStatement = 1)
    {
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var tableName = sql.DelimitIdentifier(table.Name, table.Schema);
        var names = columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)).ToArray();
        var mappings = columns.Select(c => c.GetRelationalTypeMapping()).ToArray();
        var getters = columns.Select(c => c.GetGetter()).ToArray();

        async Task<Statement> PrepareAsync(int rowCount)
        {
            var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = commandText(tableName, names,
                Enumerable.Range(0, columns.Length * rowCount).Select(i => sql.GenerateParameterNamePlaceholder($"p{i}")).ToArray());
            var parameters = new IDbDataParameter[columns.Length * rowCount];
            for (var i = 0; i < parameters.Length; i++)
            {
                var column = i % columns.Length;
                parameters[i] = mappings[column].CreateParameter(command, sql.GenerateParameterName($"p{i}"), null, columns[column].IsNullable);
                command.Parameters.Add(parameters[i]);
            }
            await command.PrepareAsync(ct);
            return new Statement(command, parameters);
        }

        async Task<int> RunAsync(Statement statement, IReadOnlyList<T> statementRows)
        {
            for (var r = 0; r < statementRows.Count; r++)
            {
                for (var i = 0; i < columns.Length; i++)
                {
                    var value = getters[i].GetClrValueUsingContainingEntity(statementRows[r]!);
                    statement.Parameters[r * columns.Length + i].Value =
                        (value is null ? null : mappings[i].Converter?.ConvertToProvider(value) ?? value) ?? DBNull.Value;
                }
            }
            return await statement.Command.ExecuteNonQueryAsync(ct);
        }

        await db.Database.OpenConnectionAsync(ct);
        Statement? full = null;
        try
        {
            var count = 0;
            var pending = new List<T>(rowsPerStatement);
            foreach (var row in rows)
            {
                pending.Add(row);
                if (pending.Count < rowsPerStatement) continue;
                count += await RunAsync(full ??= await PrepareAsync(rowsPerStatement), pending);
                pending.Clear();
                afterEach?.Invoke(count);
            }
            if (pending.Count > 0)
            {
                // The rows short of a full statement: one statement of their own size.
                var rest = await PrepareAsync(pending.Count);
                await using (rest.Command) count += await RunAsync(rest, pending);
                afterEach?.Invoke(count);
            }
            return count;
        }
        finally
        {
            if (full is not null) await full.Command.DisposeAsync();
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed record Statement(DbCommand Command, IDbDataParameter[] Parameters);
}
