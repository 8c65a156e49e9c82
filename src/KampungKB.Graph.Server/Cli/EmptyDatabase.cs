using KampungKB.Graph.Data;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace KampungKB.Graph.Server.Cli;

/// <summary>What every seeding verb does first: optionally delete, migrate, and refuse a database that holds data.</summary>
internal static class EmptyDatabase
{
    /// <returns>false (after saying why) when the database holds data and <paramref name="force"/> was not given.</returns>
    public static async Task<bool> PrepareAsync(KampungKbDbContext db, bool force, CancellationToken ct)
    {
        if (force) await db.Database.EnsureDeletedAsync(ct);
        await DatabaseSetup.MigrateAsync(db, ct);
        if (await DatabaseSetup.IsEmptyAsync(db, ct)) return true;
        AnsiConsole.MarkupLine("[red]The database already holds data.[/] Use [bold]--force[/] to replace it.");
        return false;
    }
}
