using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace KampungKB.Graph.Data;

/// <summary>
/// Inserts many rows of one mapped entity, bypassing the change tracker: on SQLite through one prepared, parameterised
/// INSERT a row, on PostgreSQL through a binary <c>COPY</c>. Column names, types and value conversions come from the EF
/// model, so it follows the mapping and the provider. Generated keys are left to the database and not read back, unless
/// the caller supplies them. Either way the rows go in the caller's transaction.
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
        // PostgreSQL is a round trip away: COPY streams the rows (a national seed took 13 minutes at one row a statement,
        // about 100 s at 1,000 parameters a statement). SQLite is in process, where one prepared row at a time is as fast.
        if (db.Database.IsNpgsql()) return PostgresCopy.RowsAsync(db, entityType, columns, rows, ct, afterEach);
        return BulkCommand.ExecuteAsync(db, entityType, columns, rows, (table, names, parameters) =>
            $"INSERT INTO {table} ({string.Join(", ", names)}) VALUES ({string.Join(", ", parameters)})", ct, afterEach);
    }

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

/// <summary>One prepared command run once a row, inside the caller's transaction.</summary>
internal static class BulkCommand
{
    public static IEntityType EntityType<T>(KampungKbDbContext db) =>
        db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");

    /// <remarks><paramref name="commandText"/> gets the table, the column names and their parameter placeholders.</remarks>
    public static async Task<int> ExecuteAsync<T>(KampungKbDbContext db, IEntityType entityType, IProperty[] columns, IEnumerable<T> rows,
        Func<string, string[], string[], string> commandText, CancellationToken ct, Action<int>? afterEach)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var bulk = BulkColumns.Of(db, entityType, columns);

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = commandText(bulk.Table, bulk.Names,
                Enumerable.Range(0, bulk.Count).Select(i => sql.GenerateParameterNamePlaceholder($"p{i}")).ToArray());
            var parameters = new IDbDataParameter[bulk.Count];
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i] = bulk.Mappings[i].CreateParameter(command, sql.GenerateParameterName($"p{i}"), null, columns[i].IsNullable);
                command.Parameters.Add(parameters[i]);
            }
            await command.PrepareAsync(ct);

            var count = 0;
            foreach (var row in rows)
            {
                for (var i = 0; i < parameters.Length; i++) parameters[i].Value = bulk.Value(row!, i) ?? DBNull.Value;
                count += await command.ExecuteNonQueryAsync(ct);
                afterEach?.Invoke(count);
            }
            return count;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
