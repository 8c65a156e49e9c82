using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Data.Tests;

/// <summary><see cref="KampungKbDbContext.Readable{T}"/>: the rows a caller may read, untracked, with or without a scope.</summary>
[Collection(SeededDemoCollection.Name)]
public sealed class ReadableTests(SeededDemoFixture demo)
{
    [Fact(DisplayName = "Readable rows: all of them without a scope, the scope's alone with one, none tracked either way")]
    public async Task ScopedAndUntracked()
    {
        await using var db = demo.CreateContext();
        var all = await db.Readable(db.KampungKbs).ToListAsync();
        Assert.Equal(await db.KampungKbs.IgnoreQueryFilters().CountAsync(), all.Count);

        db.RegionScope = "51.01";
        var scoped = await db.Readable(db.KampungKbs).ToListAsync();
        Assert.Equal(51, scoped.Count);
        Assert.All(scoped, k => Assert.StartsWith("51.01.", k.VillageCode));
        // Of the regions above the scope, only the chain leading to it.
        Assert.Equal(["51"], await db.Readable(db.Provinces).Select(p => p.Code).ToListAsync());

        Assert.Empty(db.ChangeTracker.Entries());
    }
}
