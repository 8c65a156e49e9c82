using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace KampungKB.Graph.Data;

/// <summary>
/// Inserts many rows of one mapped entity through one prepared, parameterised INSERT, bypassing the change
/// tracker. Column names, identifiers and value conversions come from the EF model, so it follows the mapping
/// and the provider. Generated keys are left to the database and not read back.
/// </summary>
internal static class BulkInsert
{
    public static async Task<int> RowsAsync<T>(KampungKbDbContext db, IEnumerable<T> rows, CancellationToken ct) where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd))
            .ToArray();
        var sql = db.GetService<ISqlGenerationHelper>();

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText =
                $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} " +
                $"({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)))}) " +
                $"VALUES ({string.Join(", ", columns.Select((_, i) => sql.GenerateParameterNamePlaceholder($"p{i}")))})";
            var mappings = columns.Select(c => c.GetRelationalTypeMapping()).ToArray();
            var getters = columns.Select(c => c.GetGetter()).ToArray();
            var parameters = new IDbDataParameter[columns.Length];
            for (var i = 0; i < columns.Length; i++)
            {
                parameters[i] = mappings[i].CreateParameter(command, sql.GenerateParameterName($"p{i}"), null, columns[i].IsNullable);
                command.Parameters.Add(parameters[i]);
            }
            await command.PrepareAsync(ct);

            var count = 0;
            foreach (var row in rows)
            {
                for (var i = 0; i < columns.Length; i++)
                {
                    var value = getters[i].GetClrValueUsingContainingEntity(row);
                    parameters[i].Value = (value is null ? null : mappings[i].Converter?.ConvertToProvider(value) ?? value) ?? DBNull.Value;
                }
                count += await command.ExecuteNonQueryAsync(ct);
            }
            return count;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
