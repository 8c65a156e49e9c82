using System.Text.Json.Nodes;
using KampungKB.Graph.Data.Partners;
using KampungKB.Graph.Server.Tests.Partners;
using static KampungKB.Graph.Server.Tests.Mutations.MutationDocuments;

namespace KampungKB.Graph.Server.Tests.Mutations;

/// <summary>The audit log through GraphQL: written by every successful mutation, read by unscoped admins only.</summary>
public sealed class AuditLogTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Log = """
        query($where: AuditEntryFilterInput, $order: [AuditEntrySortInput!], $first: Int) {
          auditLog(where: $where, order: $order, first: $first) { totalCount nodes { id at actor action entityType entityKey before after } }
        }
        """;

    [Fact(DisplayName = "An admin reads the audit log newest first, filtered by entity, with before and after as JSON and the time in UTC")]
    public async Task Admin_reads_the_log()
    {
        var editor = await hub.ClientWithKeyAsync(HubRole.Editor);
        var admin = await hub.ClientWithKeyAsync(HubRole.Admin);
        var id = (string)(await editor.SucceedAsync("createKampungKb", NewKampungKb(await hub.VillageOfAsync("51.01"), "Kampung KB Audit")))["kampungKb"]!["id"]!;
        await editor.SucceedAsync("updateKampungKb", new { id, coverage = "Dusun Kelod" });
        Assert.True(Relay.GlobalId.TryDecode(id, out _, out var key));
        var startedAt = DateTime.UtcNow.AddMinutes(-5).ToString("O");

        var log = (await admin.DataAsync(Log, new { where = new { entityType = new { eq = "KampungKb" }, entityKey = new { eq = key }, at = new { gte = startedAt } } }))["auditLog"]!;
        var oldestFirst = (await admin.DataAsync(Log, new { where = new { entityKey = new { eq = key } }, order = new[] { new { id = "ASC" } } }))["auditLog"]!;

        Assert.Equal(2, (int)log["totalCount"]!);
        var nodes = log["nodes"]!.AsArray();
        Assert.Equal(["updateKampungKb", "createKampungKb"], nodes.Select(n => (string)n!["action"]!));
        Assert.Equal(["createKampungKb", "updateKampungKb"], oldestFirst["nodes"]!.AsArray().Select(n => (string)n!["action"]!));
        Assert.EndsWith("Z", (string)nodes[0]!["at"]!);
        Assert.StartsWith("editor-all-", (string)nodes[0]!["actor"]!);
        Assert.Null(nodes[1]!["before"]);
        Assert.Equal("Dusun Kaja", (string)JsonNode.Parse((string)nodes[0]!["before"]!)!["Coverage"]!);
        Assert.Equal("Dusun Kelod", (string)JsonNode.Parse((string)nodes[0]!["after"]!)!["Coverage"]!);
        Assert.Equal("Kampung KB Audit", (string)JsonNode.Parse((string)nodes[0]!["after"]!)!["Name"]!);
    }

    [Theory(DisplayName = "Anyone but an admin without a region scope gets AUTH_NOT_AUTHORIZED for auditLog")]
    [InlineData(null, null)]
    [InlineData(HubRole.Viewer, null)]
    [InlineData(HubRole.Partner, null)]
    [InlineData(HubRole.Editor, null)]
    [InlineData(HubRole.Admin, "51.01")]
    public async Task Others_are_refused(HubRole? role, string? scope)
    {
        var client = role is null ? hub.CreateClient() : await hub.ClientWithKeyAsync(role.Value, scope);

        var body = await client.GraphQLAsync(Log, expectSuccess: false);

        Assert.Null(body["data"]?["auditLog"]);
        Assert.Equal("AUTH_NOT_AUTHORIZED", (string)body["errors"]![0]!["extensions"]!["code"]!);
    }

    [Fact(DisplayName = "A refused mutation, one with payload errors and one that changes nothing leave no audit entry")]
    public async Task Only_changes_are_audited()
    {
        var editor = await hub.ClientWithKeyAsync(HubRole.Editor);
        var admin = await hub.ClientWithKeyAsync(HubRole.Admin);
        var id = (string)(await editor.SucceedAsync("createKampungKb", NewKampungKb(await hub.VillageOfAsync("51.01"), "Kampung KB Diam")))["kampungKb"]!["id"]!;
        Assert.True(Relay.GlobalId.TryDecode(id, out _, out var key));

        await editor.SucceedAsync("updateKampungKb", new { id, name = "Kampung KB Diam" });
        await editor.PayloadAsync("updateKampungKb", new { id, latitude = 99.0 });
        await (await hub.ClientWithKeyAsync(HubRole.Viewer)).MutateAsync("updateKampungKb", new { id, name = "Viewer" }, expectSuccess: false);

        var log = (await admin.DataAsync(Log, new { where = new { entityKey = new { eq = key } } }))["auditLog"]!;
        Assert.Equal(["createKampungKb"], log["nodes"]!.AsArray().Select(n => (string)n!["action"]!));
    }
}
