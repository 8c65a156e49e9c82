using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace KampungKB.Graph.Data;

/// <summary>Rows of one mapped entity into PostgreSQL by a binary <c>COPY ... FROM STDIN</c>, in the caller's transaction.</summary>
internal static class PostgresCopy
{
    // How often the caller hears of the running count, as it did after each INSERT of about this many rows.
    private const int ReportEvery = 1000;

    public static async Task<int> RowsAsync<T>(KampungKbDbContext db, IEntityType entityType, IProperty[] columns, IEnumerable<T> rows,
        CancellationToken ct, Action<int>? afterEach)
    {
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var names = columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!));
        var mappings = columns.Select(c => c.GetRelationalTypeMapping()).ToArray();
        // COPY's binary format is the column's own: each value is written as its store type (without facets, e.g. varchar).
        var storeTypes = mappings.Select(m => m.StoreTypeNameBase).ToArray();
        var getters = columns.Select(c => c.GetGetter()).ToArray();

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await using var import = await connection.BeginBinaryImportAsync(
                $"COPY {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", names)}) FROM STDIN (FORMAT BINARY)", ct);
            var count = 0;
            foreach (var row in rows)
            {
                await import.StartRowAsync(ct);
                for (var i = 0; i < columns.Length; i++)
                {
                    var value = getters[i].GetClrValueUsingContainingEntity(row!);
                    if (value is not null && mappings[i].Converter is { } converter) value = converter.ConvertToProvider(value);
                    if (value is null) await import.WriteNullAsync(ct);
                    else await import.WriteAsync(value, storeTypes[i], ct);
                }
                if (++count % ReportEvery == 0) afterEach?.Invoke(count);
            }
            // Until it completes, nothing is written: a failure on the way (or a cancelled token) leaves the table as it was.
            var written = (int)await import.CompleteAsync(ct);
            if (count % ReportEvery != 0) afterEach?.Invoke(written);
            return written;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
