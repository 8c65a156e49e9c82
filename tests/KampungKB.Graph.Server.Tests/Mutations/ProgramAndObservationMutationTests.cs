using KampungKB.Graph.Data.Kampung;
using KampungKB.Graph.Data.Partners;
using KampungKB.Graph.Server.Tests.Partners;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using static KampungKB.Graph.Server.Tests.Mutations.MutationDocuments;

namespace KampungKB.Graph.Server.Tests.Mutations;

/// <summary>joinProgram, leaveProgram and recordObservations (partners and above) through HTTP.</summary>
public sealed class ProgramAndObservationMutationTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Fact(DisplayName = "joinProgram adds an ACTIVE participation and recomputes the class; leaveProgram makes it ENDED since the given day; both audited")]
    public async Task Join_then_leave()
    {
        var editor = await hub.ClientWithKeyAsync(HubRole.Editor);
        var partner = await hub.ClientWithKeyAsync(HubRole.Partner);
        var id = (string)(await editor.SucceedAsync("createKampungKb", NewKampungKb(await hub.VillageOfAsync("51.01"), "Kampung KB Program")))["kampungKb"]!["id"]!;
        Assert.True(Relay.GlobalId.TryDecode(id, out _, out var key));

        var joined = await partner.SucceedAsync("joinProgram", new { kampungKbId = id, programCode = "posyandu", since = "2025-03-01" });
        var left = await partner.SucceedAsync("leaveProgram", new { kampungKbId = key, programCode = "POSYANDU", on = "2025-09-30" });
        var leftAgain = await partner.SucceedAsync("leaveProgram", new { kampungKbId = key, programCode = "POSYANDU", on = "2025-10-31" });

        Assert.Equal(("POSYANDU", "ACTIVE", "2025-03-01"), ((string)joined["participation"]!["programCode"]!, (string)joined["participation"]!["status"]!, (string)joined["participation"]!["since"]!));
        Assert.Equal(("ENDED", "2025-09-30"), ((string)left["participation"]!["status"]!, (string)left["participation"]!["since"]!));
        Assert.Equal("2025-09-30", (string)leftAgain["participation"]!["since"]!);
        await using var db = hub.OpenDatabase();
        var number = int.Parse(key);
        var computed = (await KampungKbClassifier.EvaluateAsync(db, [number]))[number];
        Assert.Equal(computed.Classification.ToString().ToUpperInvariant(), (string)left["kampungKb"]!["classification"]!);
        var entries = await db.AuditLog.AsNoTracking().Where(e => e.EntityKey == $"{number}:POSYANDU").OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(["joinProgram", "leaveProgram"], entries.Select(e => e.Action));
        Assert.Null(entries[0].Before);
        Assert.Contains("\"Status\":\"Active\"", entries[1].Before);
        Assert.Contains("\"Status\":\"Ended\"", entries[1].After);
    }

    [Fact(DisplayName = "joinProgram: an unknown programme is NOT_FOUND listing the known codes; leaving a programme not joined is NOT_FOUND; an ACTIVE start in the future is refused")]
    public async Task Join_and_leave_validate()
    {
        var partner = await hub.ClientWithKeyAsync(HubRole.Partner);
        var target = (await hub.KampungKbOfAsync("51.01")).Id.ToString();
        var before = await hub.WrittenRowsAsync();

        var unknown = await partner.PayloadAsync("joinProgram", new { kampungKbId = target, programCode = "NOPE", since = "2025-01-01" });
        var future = await partner.PayloadAsync("joinProgram", new { kampungKbId = target, programCode = "DEKAT", since = "2999-01-01" });
        var notJoined = await partner.PayloadAsync("leaveProgram", new { kampungKbId = target, programCode = "JEGOG_NOT_A_CODE" });

        Assert.Equal([("NOT_FOUND", "programCode")], ErrorsOf(unknown));
        Assert.Contains("DEKAT", (string)unknown["errors"]![0]!["message"]!);
        Assert.Equal([("INVALID_VALUE", "since")], ErrorsOf(future));
        Assert.Equal([("NOT_FOUND", "programCode")], ErrorsOf(notJoined));
        Assert.Equal(before, await hub.WrittenRowsAsync());
    }

    [Fact(DisplayName = "recordObservations writes a batch (global IDs and numbers), then upserts: changed values updated, equal ones unchanged, each change audited")]
    public async Task Record_then_upsert()
    {
        var partner = await hub.ClientWithKeyAsync(HubRole.Partner);
        var target = await hub.KampungKbOfAsync("51.01");
        object[] batch =
        [
            new { kampungKbId = Id(target.Id), indicatorCode = "STUNTING_PREVALENCE", period = "2026-01", value = 12.5 },
            new { kampungKbId = target.Id.ToString(), indicatorCode = "gati_fathers_reached", period = "2026-01", value = 40.0 },
            new { kampungKbId = target.Id.ToString(), indicatorCode = "GATI_FATHERS_REACHED", period = "2026-02", value = 44.0 },
        ];

        var first = await partner.SucceedAsync("recordObservations", new { observations = batch });
        batch[2] = new { kampungKbId = target.Id.ToString(), indicatorCode = "GATI_FATHERS_REACHED", period = "2026-02", value = 45.0 };
        var second = await partner.SucceedAsync("recordObservations", new { observations = batch });

        Assert.Equal((3, 0, 0), ((int)first["created"]!, (int)first["updated"]!, (int)first["unchanged"]!));
        Assert.Equal((0, 1, 2), ((int)second["created"]!, (int)second["updated"]!, (int)second["unchanged"]!));
        Assert.Equal(["STUNTING_PREVALENCE", "GATI_FATHERS_REACHED", "GATI_FATHERS_REACHED"], second["observations"]!.AsArray().Select(o => (string)o!["indicatorCode"]!));
        Assert.Equal(45.0, (double)second["observations"]![2]!["value"]!);
        await using var db = hub.OpenDatabase();
        var entries = await db.AuditLog.AsNoTracking().Where(e => e.EntityType == "Observation" && e.EntityKey.StartsWith($"{target.Id}:")).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(4, entries.Count);
        Assert.Equal($"{target.Id}:GATI_FATHERS_REACHED:2026-02", entries[3].EntityKey);
        Assert.Contains("\"Value\":44", entries[3].Before);
        Assert.Contains("\"Value\":45", entries[3].After);
    }

    [Fact(DisplayName = "recordObservations is all or nothing: one bad item among good ones writes none, and each bad item's error names its index and field")]
    public async Task One_bad_item_writes_nothing()
    {
        var partner = await hub.ClientWithKeyAsync(HubRole.Partner);
        var target = (await hub.KampungKbOfAsync("51.01")).Id.ToString();
        var before = await hub.WrittenRowsAsync();

        var payload = await partner.PayloadAsync("recordObservations", new
        {
            observations = new object[]
            {
                new { kampungKbId = target, indicatorCode = "STUNTING_PREVALENCE", period = "2026-03", value = 10.0 },
                new { kampungKbId = target, indicatorCode = "STUNTING_PREVALENCE", period = "2026-04", value = 150.0 },
                new { kampungKbId = target, indicatorCode = "NO_SUCH_INDICATOR", period = "2026-03", value = 1.0 },
                new { kampungKbId = target, indicatorCode = "STUNTING_PREVALENCE", period = "2026-03", value = 11.0 },
                new { kampungKbId = "99999999", indicatorCode = "KOPERASI_MEMBERS", period = "26-03", value = 1.0 },
            },
        });

        Assert.Equal(
            ["1 value INVALID_VALUE", "2 indicatorCode NOT_FOUND", "3 kampungKbId DUPLICATE", "4 period INVALID_PERIOD", "4 kampungKbId NOT_FOUND"],
            payload["errors"]!.AsArray().Select(e => $"{(string)e!["path"]![2]!} {(string)e["path"]![3]!} {(string)e["code"]!}"));
        Assert.Empty(payload["observations"]!.AsArray());
        Assert.Equal(before, await hub.WrittenRowsAsync());
    }

    [Fact(DisplayName = "A batch of 1,001 observations is refused as LIST_TOO_LONG before anything runs")]
    public async Task Batch_is_capped()
    {
        var partner = await hub.ClientWithKeyAsync(HubRole.Partner);
        var target = (await hub.KampungKbOfAsync("51.01")).Id.ToString();
        var before = await hub.WrittenRowsAsync();

        var body = await partner.MutateAsync("recordObservations", new
        {
            observations = Enumerable.Range(0, 1_001).Select(i => new { kampungKbId = target, indicatorCode = "KOPERASI_MEMBERS", period = "2026-01", value = (double)i }),
        }, expectSuccess: false);

        Assert.Equal("LIST_TOO_LONG", (string)body["errors"]![0]!["extensions"]!["code"]!);
        Assert.Equal(before, await hub.WrittenRowsAsync());
    }

    [Fact(DisplayName = "With the request list limit off (GraphQL:Limits:MaxListItems 0), recordObservations still caps a batch at 1,000: a LIST_TOO_LONG payload error, nothing written")]
    public async Task Batch_cap_holds_without_the_request_limit()
    {
        using var unlimited = hub.WithWebHostBuilder(b => b.UseSetting("GraphQL:Limits:MaxListItems", "0"));
        var partner = unlimited.CreateClient();
        partner.DefaultRequestHeaders.Authorization = new("Bearer", await hub.CreateKeyAsync(HubRole.Partner));
        var target = (await hub.KampungKbOfAsync("51.01")).Id.ToString();
        var before = await hub.WrittenRowsAsync();

        var payload = await partner.PayloadAsync("recordObservations", new
        {
            observations = Enumerable.Range(0, 1_001).Select(i => new { kampungKbId = target, indicatorCode = "KOPERASI_MEMBERS", period = "2026-01", value = (double)i }),
        });

        Assert.Equal([("LIST_TOO_LONG", "observations")], ErrorsOf(payload));
        Assert.Equal(before, await hub.WrittenRowsAsync());
    }
}
