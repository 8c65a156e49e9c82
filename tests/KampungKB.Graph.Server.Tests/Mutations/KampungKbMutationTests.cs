using System.Text.Json.Nodes;
using KampungKB.Graph.Data.Kampung;
using KampungKB.Graph.Data.Partners;
using KampungKB.Graph.Server.Tests.Partners;
using Microsoft.EntityFrameworkCore;
using Snapshooter.Xunit;
using static KampungKB.Graph.Server.Tests.Mutations.MutationDocuments;

namespace KampungKB.Graph.Server.Tests.Mutations;

/// <summary>createKampungKb, updateKampungKb, submitProfileSnapshot and submitMonthlyReport through HTTP. Each test writes its own new rows.</summary>
public sealed class KampungKbMutationTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Fact(DisplayName = "createKampungKb stores the Kampung KB with class DASAR (no data yet), serves it by id, and audits it as created")]
    public async Task Create_stores_and_audits()
    {
        var editor = await hub.ClientWithKeyAsync(HubRole.Editor);
        var village = await hub.VillageOfAsync("51.01");

        var created = (await editor.SucceedAsync("createKampungKb", NewKampungKb(village, "Kampung KB Mawar")))["kampungKb"]!;
        var read = (await editor.DataAsync("query($id: ID!) { kampungKb(id: $id) { name coverage classification village { code } } }", new { id = (string)created["id"]! }))["kampungKb"]!;

        Assert.Equal("Kampung KB Mawar", (string)created["name"]!);
        Assert.Equal("DASAR", (string)created["classification"]!);
        Assert.Equal(-8.35, (double)created["latitude"]!);
        Assert.True((bool)created["isActive"]!);
        Assert.Equal(village, (string)read["village"]!["code"]!);
        await using var db = hub.OpenDatabase();
        var entry = await db.AuditLog.AsNoTracking().SingleAsync(e => e.Action == "createKampungKb" && e.After!.Contains("Kampung KB Mawar"));
        Assert.Equal("KampungKb", entry.EntityType);
        Assert.Null(entry.Before);
        Assert.StartsWith("editor-all-", entry.Actor);
        Assert.Contains("\"Classification\":\"Dasar\"", entry.After);
    }

    [Fact(DisplayName = "createKampungKb with bad fields answers one ValidationError per field, naming it, and writes nothing")]
    public async Task Create_validates_every_field()
    {
        var editor = await hub.ClientWithKeyAsync(HubRole.Editor);
        var before = await hub.WrittenRowsAsync();

        var payload = await editor.PayloadAsync("createKampungKb", new
        {
            villageCode = await hub.VillageOfAsync("51.01"),
            name = "  ",
            declaredOn = "2999-01-01",
            coverage = new string('x', 201),
            latitude = 45.0,
        });

        Assert.Null(payload["kampungKb"]);
        Assert.Equal(
            [("REQUIRED", "name"), ("INVALID_VALUE", "declaredOn"), ("INVALID_VALUE", "coverage"), ("INVALID_VALUE", "latitude")],
            ErrorsOf(payload));
        Assert.All(payload["errors"]!.AsArray(), e => Assert.Equal("ValidationError", (string)e!["__typename"]!));
        Assert.Equal(before, await hub.WrittenRowsAsync());
    }

    [Fact(DisplayName = "A validation error payload, as a client sees it (snapshot)")]
    public async Task Validation_payload_snapshot()
    {
        var editor = await hub.ClientWithKeyAsync(HubRole.Editor);
        var body = await editor.MutateAsync("submitMonthlyReport", new
        {
            kampungKbId = "not-an-id",
            period = "2025-13",
            families = 10, pus = 10, iud = 5, mow = 0, mop = 0, kondom = 5, implan = 0, suntik = 5, pil = 0, iat = 1, tial = 0,
            poktanParticipants = 20,
        });

        Snapshot.Match(Newtonsoft.Json.Linq.JToken.Parse(body.ToJsonString()));
    }

    [Fact(DisplayName = "createKampungKb: an unknown village is NOT_FOUND; a second Kampung KB of the same name (any case) in the village is a CONFLICT")]
    public async Task Create_refuses_unknown_village_and_duplicate_name()
    {
        var editor = await hub.ClientWithKeyAsync(HubRole.Editor);
        var village = await hub.VillageOfAsync("51.01");
        await editor.SucceedAsync("createKampungKb", NewKampungKb(village, "Kampung KB Melati"));

        var unknown = await editor.PayloadAsync("createKampungKb", NewKampungKb("51.01.99.2999"));
        var duplicate = await editor.PayloadAsync("createKampungKb", NewKampungKb(village, "KAMPUNG KB MELATI"));

        Assert.Equal([("NOT_FOUND", "villageCode")], ErrorsOf(unknown));
        Assert.Equal("NotFoundError", (string)unknown["errors"]![0]!["__typename"]!);
        Assert.Equal([("CONFLICT", "name")], ErrorsOf(duplicate));
        Assert.Equal("ConflictError", (string)duplicate["errors"]![0]!["__typename"]!);
    }

    [Fact(DisplayName = "updateKampungKb changes only the fields sent (null clears coverage), accepts the database number as ID, and audits before and after")]
    public async Task Update_changes_only_what_is_sent()
    {
        var editor = await hub.ClientWithKeyAsync(HubRole.Editor);
        var created = (await editor.SucceedAsync("createKampungKb", NewKampungKb(await hub.VillageOfAsync("51.01"), "Kampung KB Kenanga")))["kampungKb"]!;
        var id = (string)created["id"]!;
        await using var db = hub.OpenDatabase();
        var number = await db.KampungKbs.Where(k => k.Name == "Kampung KB Kenanga").Select(k => k.Id).SingleAsync();

        var updated = (await editor.SucceedAsync("updateKampungKb", new { id = number.ToString(), coverage = (string?)null, isActive = false, isRegencyModel = true }))["kampungKb"]!;

        Assert.Equal(id, (string)updated["id"]!);
        Assert.Equal("Kampung KB Kenanga", (string)updated["name"]!);
        Assert.Null(updated["coverage"]);
        Assert.False((bool)updated["isActive"]!);
        Assert.True((bool)updated["isRegencyModel"]!);
        Assert.Equal(-8.35, (double)updated["latitude"]!);
        var entry = await db.AuditLog.AsNoTracking().SingleAsync(e => e.Action == "updateKampungKb" && e.EntityKey == number.ToString());
        Assert.Contains("\"IsActive\":true", entry.Before);
        Assert.Contains("\"Coverage\":\"Dusun Kaja\"", entry.Before);
        Assert.Contains("\"IsActive\":false", entry.After);
        Assert.Contains("\"Coverage\":null", entry.After);
    }

    [Fact(DisplayName = "updateKampungKb: null for a required field is REQUIRED, a lone coordinate is refused, a foreign ID is INVALID_ID, an unknown one NOT_FOUND")]
    public async Task Update_validates()
    {
        var editor = await hub.ClientWithKeyAsync(HubRole.Editor);
        var created = (await editor.SucceedAsync("createKampungKb", NewKampungKb(await hub.VillageOfAsync("51.01"), "Kampung KB Cempaka")))["kampungKb"]!;
        var before = await hub.WrittenRowsAsync();

        var nulls = await editor.PayloadAsync("updateKampungKb", new { id = (string)created["id"]!, name = (string?)null, isActive = (bool?)null, latitude = (double?)null });
        var foreign = await editor.PayloadAsync("updateKampungKb", new { id = Relay.GlobalId.Encode("Village", "51.01.01.2001"), name = "X" });
        var unknown = await editor.PayloadAsync("updateKampungKb", new { id = "99999999", name = "X" });

        Assert.Equal([("REQUIRED", "name"), ("REQUIRED", "isActive"), ("INVALID_VALUE", "latitude")], ErrorsOf(nulls));
        Assert.Equal([("INVALID_ID", "id")], ErrorsOf(foreign));
        Assert.Equal([("NOT_FOUND", "id")], ErrorsOf(unknown));
        Assert.Equal(before, await hub.WrittenRowsAsync());
    }

    [Fact(DisplayName = "Profile and report submissions recompute the class as the rule says: DASAR, then BERKEMBANG (input and process high), then BERKELANJUTAN")]
    public async Task Submissions_recompute_the_class()
    {
        var editor = await hub.ClientWithKeyAsync(HubRole.Editor);
        var id = (string)(await editor.SucceedAsync("createKampungKb", NewKampungKb(await hub.VillageOfAsync("51.01"), "Kampung KB Kamboja")))["kampungKb"]!["id"]!;

        var profile = await editor.SucceedAsync("submitProfileSnapshot", StrongProfile(id, "2025-09"));
        Assert.True((bool)profile["created"]!);
        Assert.Equal("BERKEMBANG", (string)profile["kampungKb"]!["classification"]!);
        Assert.True((bool)profile["kampungKb"]!["hasRumahDataKu"]!);
        Assert.Equal(["APBN", "APBD", "DANA_DESA", "HIBAH", "CSR", "SWADAYA"], profile["profile"]!["fundingSources"]!.AsArray().Select(f => (string)f!));
        await AssertClassIsTheRulesAsync(id, "BERKEMBANG");

        var report = await editor.SucceedAsync("submitMonthlyReport", StrongReport(id, "2025-09"));
        Assert.True((bool)report["created"]!);
        Assert.Equal(60, (int)report["report"]!["contraceptiveUsers"]!);
        Assert.Equal("BERKELANJUTAN", (string)report["kampungKb"]!["classification"]!);
        await AssertClassIsTheRulesAsync(id, "BERKELANJUTAN");

        // The same period again replaces its snapshot: no Rumah DataKu now, still one snapshot for 2025-09.
        var again = await editor.SucceedAsync("submitProfileSnapshot", With(StrongProfile(id, "2025-09"), "hasRumahDataKu", false));
        Assert.False((bool)again["created"]!);
        Assert.False((bool)again["kampungKb"]!["hasRumahDataKu"]!);
        await AssertClassIsTheRulesAsync(id, (string)again["kampungKb"]!["classification"]!);
        await using var db = hub.OpenDatabase();
        var number = int.Parse(Relay.GlobalId.TryDecode(id, out _, out var key) ? key : id);
        Assert.Equal(1, await db.ProfileSnapshots.CountAsync(p => p.KampungKbId == number));
        // The class change is audited on the Kampung KB row, beside the snapshot's own entries.
        var entries = await db.AuditLog.AsNoTracking().Where(e => e.EntityKey == number.ToString() || e.EntityKey.StartsWith(number + ":")).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(["createKampungKb KampungKb", "submitProfileSnapshot ProfileSnapshot", "submitProfileSnapshot KampungKb",
            "submitMonthlyReport MonthlyReport", "submitMonthlyReport KampungKb", "submitProfileSnapshot ProfileSnapshot", "submitProfileSnapshot KampungKb"],
            entries.Select(e => $"{e.Action} {e.EntityType}"));
        Assert.Contains("\"Classification\":\"Berkembang\"", entries[4].Before);
        Assert.Contains("\"Classification\":\"Berkelanjutan\"", entries[4].After);
    }

    [Fact(DisplayName = "submitProfileSnapshot and submitMonthlyReport name each field at fault: period format, Pokja rules, counts, users plus unmet need above PUS")]
    public async Task Submissions_validate()
    {
        var editor = await hub.ClientWithKeyAsync(HubRole.Editor);
        var target = Id((await hub.KampungKbOfAsync("51.01")).Id);
        var before = await hub.WrittenRowsAsync();

        var profile = await editor.PayloadAsync("submitProfileSnapshot",
            With(With(With(StrongProfile(target, "2025/09"), "pokjaFormed", false), "pokjaMembersTrained", 13), "pokjaMembers", 501));
        var report = await editor.PayloadAsync("submitMonthlyReport", With(With(StrongReport(target, "2999-01"), "pus", 50), "kondom", -1));

        Assert.Equal([("INVALID_PERIOD", "period"), ("INVALID_VALUE", "pokjaMembers"), ("INVALID_VALUE", "pokjaFormed")], ErrorsOf(profile));
        Assert.Equal([("INVALID_PERIOD", "period"), ("INVALID_VALUE", "kondom"), ("INVALID_VALUE", "pus")], ErrorsOf(report));
        Assert.Contains("YYYY-MM", (string)profile["errors"]![0]!["message"]!);
        Assert.Equal(before, await hub.WrittenRowsAsync());
    }

    private async Task AssertClassIsTheRulesAsync(string id, string served)
    {
        Assert.True(Relay.GlobalId.TryDecode(id, out _, out var key));
        await using var db = hub.OpenDatabase();
        var computed = (await KampungKbClassifier.EvaluateAsync(db, [int.Parse(key)]))[int.Parse(key)];
        Assert.Equal(computed.Classification.ToString().ToUpperInvariant(), served);
    }

    /// <summary>The input with one field replaced.</summary>
    internal static JsonObject With(object input, string field, object? value)
    {
        var json = input as JsonObject ?? System.Text.Json.JsonSerializer.SerializeToNode(input, System.Text.Json.JsonSerializerOptions.Web)!.AsObject();
        json[field] = value is null ? null : System.Text.Json.JsonSerializer.SerializeToNode(value);
        return json;
    }
}
