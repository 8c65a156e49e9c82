using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Data.Tests;

/// <summary>A real SQLite file in the temp folder, deleted on dispose.</summary>
internal sealed class TempSqliteDatabase : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"kampungkb-test-{Guid.NewGuid():N}.db");

    public KampungKbDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<KampungKbDbContext>().UseSqlite($"Data Source={Path}").Options);

    /// <summary>Creates the file and applies the checked-in migrations.</summary>
    public static async Task<TempSqliteDatabase> MigratedAsync()
    {
        var database = new TempSqliteDatabase();
        await using var db = database.CreateContext();
        await db.Database.MigrateAsync();
        return database;
    }

    public void Dispose()
    {
        // Pooled connections keep the file open.
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(Path + suffix);
        }
    }
}
