using KampungKB.Graph.Data.Partners;
using KampungKB.Graph.Server.Tests.Partners;
using Microsoft.EntityFrameworkCore;
using static KampungKB.Graph.Server.Tests.Mutations.MutationDocuments;

namespace KampungKB.Graph.Server.Tests.Mutations;

/// <summary>A key scoped to 51.01 (Jembrana) writes inside it and can touch nothing of 51.02 (Tabanan): NOT_FOUND, the
/// same answer as for a row that does not exist, and nothing written.</summary>
public sealed class MutationScopeTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Fact(DisplayName = "A 51.01 editor creates a Kampung KB in a 51.01 village but not in a 51.02 one (NOT_FOUND, nothing written)")]
    public async Task Create_only_inside_the_scope()
    {
        var jembrana = await hub.ClientWithKeyAsync(HubRole.Editor, scope: "51.01");

        var inside = await jembrana.SucceedAsync("createKampungKb", NewKampungKb(await hub.VillageOfAsync("51.01")));
        var before = await hub.WrittenRowsAsync();
        var outside = await jembrana.PayloadAsync("createKampungKb", NewKampungKb(await hub.VillageOfAsync("51.02"), "Kampung KB Di Luar"));
        var nowhere = await jembrana.PayloadAsync("createKampungKb", NewKampungKb("51.02.99.2999", "Kampung KB Di Luar"));

        Assert.NotNull(inside["kampungKb"]);
        Assert.Equal([("NOT_FOUND", "villageCode")], ErrorsOf(outside));
        // A village that exists elsewhere and one that exists nowhere get the same kind of answer.
        Assert.Equal(ErrorsOf(nowhere), ErrorsOf(outside));
        Assert.Contains("51.01", (string)outside["errors"]![0]!["message"]!);
        Assert.Equal(before, await hub.WrittenRowsAsync());
    }

    public static TheoryData<string, string> Cases() => new()
    {
        { "updateKampungKb", "Editor" },
        { "submitProfileSnapshot", "Editor" },
        { "submitMonthlyReport", "Editor" },
        { "joinProgram", "Partner" },
        { "leaveProgram", "Partner" },
        { "recordObservations", "Partner" },
    };

    [Theory(DisplayName = "A 51.01 key cannot update, profile, report, join, leave or observe a 51.02 Kampung KB: NOT_FOUND, the row and the database unchanged")]
    [MemberData(nameof(Cases))]
    public async Task Nothing_of_51_02_can_be_written(string mutation, string role)
    {
        var tabanan = await hub.KampungKbOfAsync("51.02");
        var id = Id(tabanan.Id);
        var client = await hub.ClientWithKeyAsync(Enum.Parse<HubRole>(role), scope: "51.01");
        // A participation to leave, so leaveProgram fails on the scope and not on a missing row.
        await using (var db = hub.OpenDatabase())
        {
            if (!await db.ProgramParticipations.AnyAsync(p => p.KampungKbId == tabanan.Id && p.ProgramCode == "JEGOG"))
            {
                db.ProgramParticipations.Add(new() { KampungKbId = tabanan.Id, ProgramCode = "JEGOG", Since = new DateOnly(2025, 1, 1) });
                await db.SaveChangesAsync();
            }
        }
        object input = mutation switch
        {
            "updateKampungKb" => new { id, name = "Diambil alih", isActive = false },
            "submitProfileSnapshot" => StrongProfile(id, "2025-10"),
            "submitMonthlyReport" => StrongReport(id, "2025-10"),
            "joinProgram" => new { kampungKbId = id, programCode = "DEKAT", since = "2025-01-01" },
            "leaveProgram" => new { kampungKbId = id, programCode = "JEGOG" },
            _ => new { observations = new[] { new { kampungKbId = id, indicatorCode = "KOPERASI_MEMBERS", period = "2025-10", value = 1.0 } } },
        };
        var before = await hub.WrittenRowsAsync();

        var payload = await client.PayloadAsync(mutation, input);

        var error = payload["errors"]!.AsArray().Single()!;
        Assert.Equal("NOT_FOUND", (string)error["code"]!);
        Assert.Equal("NotFoundError", (string)error["__typename"]!);
        Assert.Equal(before, await hub.WrittenRowsAsync());
        Assert.Equivalent(tabanan, await hub.KampungKbOfAsync("51.02"));
    }
}
