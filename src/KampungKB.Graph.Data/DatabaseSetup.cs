using KampungKB.Graph.Data.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
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
        // The lock lives in the database, so it must exist first.
        await CreateIfMissingAsync(db, ct);
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

    /// <summary>Applies pending migrations, creating a missing PostgreSQL database first (the verbs' start).</summary>
    public static async Task MigrateAsync(KampungKbDbContext db, CancellationToken ct = default)
    {
        if (db.Database.IsNpgsql()) await CreateIfMissingAsync(db, ct);
        await MigrateExistingAsync(db, ct);
    }

    // Npgsql's migrator reads the history table before it creates it, and logs a missing database or table as an error
    // that a user takes for a failure (npgsql/efcore.pg#3402): both exist before it runs. The script is EF Core's own
    // CREATE TABLE IF NOT EXISTS, which the migrator runs again.
    private static async Task MigrateExistingAsync(KampungKbDbContext db, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), ct);
        await db.Database.MigrateAsync(ct);
    }

    // Replicas racing to create it are fine.
    private static async Task CreateIfMissingAsync(KampungKbDbContext db, CancellationToken ct)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(ct)) return;
        try
        {
            await creator.CreateAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
        }
    }

    // Any constant of our own; "KKB" in ASCII.
    private const long StartLockKey = 0x4B4B42;

    private static async Task<bool> MigrateAndSeedUnlockedAsync(KampungKbDbContext db, CancellationToken ct)
    {
        await MigrateExistingAsync(db, ct);
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
