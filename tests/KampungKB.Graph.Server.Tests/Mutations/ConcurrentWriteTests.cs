using KampungKB.Graph.Data.Partners;
using KampungKB.Graph.Server.Tests.Partners;
using Microsoft.EntityFrameworkCore;
using static KampungKB.Graph.Server.Tests.Mutations.MutationDocuments;

namespace KampungKB.Graph.Server.Tests.Mutations;

/// <summary>Writers of the same new row at the same moment: each succeeds, and one row results.</summary>
public sealed class ConcurrentWriteTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Fact(DisplayName = "Eight clients submitting the same new period's profile at once all succeed (the losers of the insert race update the winner's row), leaving one snapshot")]
    public async Task Concurrent_upserts_of_one_period_all_succeed()
    {
        var editor = await hub.ClientWithKeyAsync(HubRole.Editor);
        var id = (string)(await editor.SucceedAsync("createKampungKb", NewKampungKb(await hub.VillageOfAsync("51.03"))))["kampungKb"]!["id"]!;

        var payloads = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => editor.SucceedAsync("submitProfileSnapshot", StrongProfile(id, "2025-10")))));

        Assert.All(payloads, p => Assert.Equal("2025-10", (string)p["profile"]!["period"]!));
        Assert.Single(payloads, p => (bool)p["created"]!);
        await using var db = hub.OpenDatabase();
        var number = int.Parse(Relay.GlobalId.TryDecode(id, out _, out var key) ? key : id);
        Assert.Equal(1, await db.ProfileSnapshots.CountAsync(p => p.KampungKbId == number && p.Period == "2025-10"));
    }
}
