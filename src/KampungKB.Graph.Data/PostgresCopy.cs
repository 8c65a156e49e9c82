using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace KampungKB.Graph.Data;

/// <summary>Rows of one mapped entity into PostgreSQL by a binary <c>COPY ... FROM STDIN</c>, in the caller's transaction.</summary>
internal static class PostgresCopy
{
    // How often the caller hears of the running count, for its progress line.
    private const int ReportEvery = 1000;

    public static async Task<int> RowsAsync<T>(KampungKbDbContext db, IEntityType entityType, IProperty[] columns, IEnumerable<T> rows,
        CancellationToken ct, Action<int>? afterEach)
    {
        var bulk = BulkColumns.Of(db, entityType, columns);
        // COPY's binary format is the column's own: each value is written as its store type (without facets, e.g. varchar).
        var storeTypes = bulk.Mappings.Select(m => m.StoreTypeNameBase).ToArray();

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await using var import = await connection.BeginBinaryImportAsync(
                $"COPY {bulk.Table} ({string.Join(", ", bulk.Names)}) FROM STDIN (FORMAT BINARY)", ct);
            var count = 0;
            foreach (var row in rows)
            {
                await import.StartRowAsync(ct);
                for (var i = 0; i < bulk.Count; i++)
                {
                    if (bulk.Value(row!, i) is { } value) await import.WriteAsync(value, storeTypes[i], ct);
                    else await import.WriteNullAsync(ct);
                }
                if (++count % ReportEvery == 0) afterEach?.Invoke(count);
            }
            // Until it completes, nothing is written: a failure on the way (or a cancelled token) leaves the table as it was.
            var written = (int)await import.CompleteAsync(ct);
            if (count % ReportEvery != 0) afterEach?.Invoke(written); // the last rows past a full thousand
            return written;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
