using KampungKB.Graph.Data.Demo;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Data;

/// <summary>Start-up steps the server runs before it serves: migrate, then seed the demo into an empty database.</summary>
public static class DatabaseSetup
{
    /// <summary>Applies pending migrations and seeds the Bali demo when the database has no regions yet.</summary>
    /// <returns><c>true</c> when the demo was seeded.</returns>
    public static async Task<bool> MigrateAndSeedAsync(KampungKbDbContext db, CancellationToken ct = default)
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
