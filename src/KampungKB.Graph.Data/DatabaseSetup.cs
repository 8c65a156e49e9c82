using KampungKB.Graph.Data.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace KampungKB.Graph.Data;

/// <summary>Start-up steps the server runs before it serves: migrate, then seed the demo into an empty database.</summary>
public static class DatabaseSetup
{
    /// <summary>Applies pending migrations and seeds the Bali demo when the database has no regions yet.</summary>
    /// <returns><c>true</c> when the demo was seeded.</returns>
    /// <remarks>On PostgreSQL several hub replicas may start at once against one database: a session advisory lock
    /// makes them take turns, so exactly one seeds and the others find the data.</remarks>
    public static async Task<bool> MigrateAndSeedAsync(KampungKbDbContext db, CancellationToken ct = default)
    {
        if (!db.Database.IsNpgsql())
        {
            return await MigrateAndSeedUnlockedAsync(db, ct);
        }
        // The lock lives in the database, so it must exist first; replicas racing to create it are fine.
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(ct))
        {
            try
            {
                await creator.CreateAsync(ct);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
            }
        }
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({StartLockKey})", ct);
            try
            {
                return await MigrateAndSeedUnlockedAsync(db, ct);
            }
            finally
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({StartLockKey})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // Any constant of our own; "KKB" in ASCII.
    private const long StartLockKey = 0x4B4B42;

    private static async Task<bool> MigrateAndSeedUnlockedAsync(KampungKbDbContext db, CancellationToken ct)
    {
        await db.Database.MigrateAsync(ct);
        if (!await IsEmptyAsync(db, ct))
        {
            return false;
        }
        await BaliDemoSeeder.SeedAsync(db, ct);
        return true;
    }

    /// <summary>Whether the database holds no data at all (regions are the root of everything else).</summary>
    public static async Task<bool> IsEmptyAsync(KampungKbDbContext db, CancellationToken ct = default) =>
        !await db.Provinces.AnyAsync(ct) && !await db.Agencies.AnyAsync(ct);
}
