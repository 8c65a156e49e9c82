using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KampungKB.Graph.Data.Partners;
using KampungKB.Graph.Server.Tests.Mutations;
using KampungKB.Graph.Server.Tests.Partners;
using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;

namespace KampungKB.Graph.Server.Tests.Querying;

/// <summary>
/// Child -> parent references (<c>KampungKb.village</c>, <c>ProgramParticipation.kampungKb</c>, ...) are joined into the
/// statement that loads their parents, and batched as before where the parent was loaded whole. References to the catalog
/// (programmes, agencies, indicators) stay batched: thousands of rows share a few dozen targets, loaded once each. The snapshots were
/// taken before the join existed: the answers must not change.
/// </summary>
public sealed class JoinedReferenceTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Jembrana = "51.01";

    private static string LoadMixQuery(string name) => File.ReadAllText(RepositoryFiles.PathOf($"bench/load/queries/{name}.graphql"));

    [Fact(DisplayName = "The load mix's paged list with village { code name } runs one statement (count, page and the village joined), answering as before")]
    public async Task Load_mix_list_joins_the_village()
    {
        var (data, statements) = await hub.CreateClient().DataWithSqlAsync(LoadMixQuery("list"), new { regency = Jembrana });

        Snapshot.Match(JToken.Parse(data.ToJsonString()));
        // Before the join: count, page, villages by key; before the count rode along: count, page.
        Assert.Single(statements);
    }

    [Fact(DisplayName = "The load mix's five-level tree batches the programmes its participations share (a catalog reference is not joined), answering as before")]
    public async Task Load_mix_nested_batches_the_catalog()
    {
        var (data, statements) = await hub.CreateClient().DataWithSqlAsync(LoadMixQuery("nested"), new { regency = Jembrana });

        Snapshot.Match(JToken.Parse(data.ToJsonString()));
        // regency, districts, villages, Kampung KB, participations, then each programme once.
        Assert.Equal(6, statements.Count);
        Assert.Contains(statements, s => s.Contains("\"Programs\"", StringComparison.Ordinal) && !s.Contains("ProgramParticipations", StringComparison.Ordinal));
    }

    [Fact(DisplayName = "A chain of references joins into one statement; a list under a joined reference batches from its keys")]
    public async Task Chains_join_and_lists_below_still_batch()
    {
        var (data, statements) = await hub.CreateClient().DataWithSqlAsync("""
            { kampungKbs(first: 30, order: [{ name: DESC }]) { nodes { name villageCode village { code district { code regency { code province { code } } } kampungKbs { name } } } } }
            """);

        var nodes = data["kampungKbs"]!["nodes"]!.AsArray();
        Assert.Equal(30, nodes.Count);
        Assert.All(nodes, k =>
        {
            var village = k!["village"]!;
            var code = (string)k["villageCode"]!;
            Assert.Equal(code, (string)village["code"]!);
            Assert.Equal(code[..8], (string)village["district"]!["code"]!);
            Assert.Equal(code[..5], (string)village["district"]!["regency"]!["code"]!);
            Assert.Equal(code[..2], (string)village["district"]!["regency"]!["province"]!["code"]!);
            Assert.Contains((string)k["name"]!, village["kampungKbs"]!.AsArray().Select(v => (string)v!["name"]!));
        });
        // The page with its four joined references, then the villages' Kampung KB.
        Assert.Equal(2, statements.Count);
    }

    [Fact(DisplayName = "A reference under a parent loaded whole (node(id:)) still resolves, by batching")]
    public async Task References_of_parents_loaded_whole_still_resolve()
    {
        var client = hub.CreateClient();
        var listed = (await client.DataAsync("{ kampungKbs(first: 1, order: [{ name: ASC }]) { nodes { id village { code name district { name } } } } }"))["kampungKbs"]!["nodes"]![0]!;

        var (node, statements) = await client.DataWithSqlAsync("""
            query($id: ID!) { node(id: $id) { ... on KampungKb { village { code name district { name } } } } }
            """, new { id = (string)listed["id"]! });

        Assert.True(JsonNode.DeepEquals(listed["village"], node["node"]!["village"]), $"{listed["village"]} != {node["node"]!["village"]}");
        // The whole Kampung KB row, then its village batched by key with the district joined.
        Assert.Equal(2, statements.Count);
    }

    [Fact(DisplayName = "A reference in a mutation payload resolves")]
    public async Task References_in_mutation_payloads_resolve()
    {
        var editor = await hub.ClientWithKeyAsync(HubRole.Editor);
        // Denpasar, so the Jembrana figures the other tests read stay as seeded.
        var village = await hub.VillageOfAsync("51.71");

        var body = await editor.GraphQLAsync("""
            mutation($input: CreateKampungKbInput!) { createKampungKb(input: $input) { kampungKb { village { code district { code } } } errors { code } } }
            """, new { input = MutationDocuments.NewKampungKb(village) });

        var payload = body["data"]!["createKampungKb"]!;
        Assert.Empty(payload["errors"]!.AsArray());
        Assert.Equal(village, (string)payload["kampungKb"]!["village"]!["code"]!);
        Assert.Equal(village[..8], (string)payload["kampungKb"]!["village"]!["district"]!["code"]!);
    }

    [Fact(DisplayName = "Under a region scope the joined references see only the scope and its ancestors, and the join carries the scope condition")]
    public async Task Joined_references_hold_the_scope()
    {
        const string query = """
            { kampungKbs(first: 1000) { nodes { village { code district { code regency { code province { code } } } } programs { kampungKb { village { code } } } } } }
            """;
        var scoped = await hub.ClientWithKeyAsync(HubRole.Viewer, scope: Jembrana);

        var (data, statements) = await scoped.DataWithSqlAsync(query);

        var villages = data["kampungKbs"]!["nodes"]!.AsArray().Select(k => k!["village"]!).ToList();
        Assert.Equal(51, villages.Count);
        Assert.All(villages, v =>
        {
            Assert.StartsWith(Jembrana + ".", (string)v["code"]!);
            Assert.Equal(Jembrana, (string)v["district"]!["regency"]!["code"]!);
            Assert.Equal("51", (string)v["district"]!["regency"]!["province"]!["code"]!);
        });
        var participants = data["kampungKbs"]!["nodes"]!.AsArray().SelectMany(k => k!["programs"]!.AsArray()).Select(p => p!["kampungKb"]!).ToList();
        Assert.NotEmpty(participants);
        Assert.All(participants, k => Assert.StartsWith(Jembrana + ".", (string)k["village"]!["code"]!));
        // One statement joins the chain, each joined table under its own scope condition.
        var chain = Assert.Single(statements, s => s.Contains("FROM \"Provinces\"", StringComparison.Ordinal));
        var scopedTables = Regex.Matches(chain, @"FROM ""(\w+)"" AS ""?\w+""?\s+WHERE [^\n]*@ef_filter__RegionScope").Select(m => m.Groups[1].Value);
        Assert.Equal(["Districts", "KampungKbs", "Provinces", "Regencies", "Villages"], scopedTables.Order());
    }
}
