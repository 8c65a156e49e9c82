using KampungKB.Graph.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Server.Tests.Import;

/// <summary>Opens a hub's SQLite file directly, to prepare it before the hub starts or to inspect it after a CLI run.</summary>
internal static class HubDatabaseFile
{
    public static KampungKbDbContext Open(string path) =>
        new(new DbContextOptionsBuilder<KampungKbDbContext>().UseSqlite($"Data Source={path}").Options);

    public static async Task<(int Provinces, int Regencies, int Districts, int Villages)> CountsAsync(string path)
    {
        await using var db = Open(path);
        return (await db.Provinces.CountAsync(), await db.Regencies.CountAsync(), await db.Districts.CountAsync(), await db.Villages.CountAsync());
    }

    public static void Delete(string path)
    {
        // Pooled connections keep the file open.
        SqliteConnection.ClearAllPools();
        foreach (var suffix in (string[])["", "-wal", "-shm", "-journal"])
            File.Delete(path + suffix);
    }
}
