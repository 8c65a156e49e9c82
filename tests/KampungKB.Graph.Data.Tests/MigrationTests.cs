using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Data.Tests;

/// <summary>The checked-in migrations are the model.</summary>
public sealed class MigrationTests
{
    [Fact(DisplayName = "The model has no changes that a migration does not yet capture")]
    public async Task NoPendingModelChanges()
    {
        using var file = await TempDatabase.MigratedAsync();
        await using var db = file.CreateContext();
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }
}
