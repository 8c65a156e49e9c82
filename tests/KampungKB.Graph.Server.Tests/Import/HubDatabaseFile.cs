using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Server.Tests.Import;

/// <summary>Counts a hub database's regions directly, to inspect it after a CLI run.</summary>
internal static class HubDatabaseFile
{
    public static async Task<(int Provinces, int Regencies, int Districts, int Villages)> CountsAsync(TempDatabase database)
    {
        await using var db = database.CreateContext();
        return (await db.Provinces.CountAsync(), await db.Regencies.CountAsync(), await db.Districts.CountAsync(), await db.Villages.CountAsync());
    }
}
