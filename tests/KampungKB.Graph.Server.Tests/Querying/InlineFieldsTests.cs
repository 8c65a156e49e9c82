using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using KampungKB.Graph.Server.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KampungKB.Graph.Server.Tests.Querying;

/// <summary>
/// Fields that come from their object alone (properties, a page's info, global ids, joined references, <c>__typename</c>)
/// are read into the result as the object resolves, without an execution node each; the answers, errors and paths
/// stay GraphQL.NET's.
/// </summary>
public sealed class InlineFieldsTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Page = """
        {
          kampungKbs(first: 5, order: [{ name: ASC }]) {
            totalCount pageInfo { hasNextPage endCursor }
            nodes { __typename id label: name ...Facts village { code name } }
          }
        }
        fragment Facts on KampungKb { classification declaredOn hasRumahDataKu }
        """;

    [Fact(DisplayName = "A page of Kampung KB with their villages is read inline: its connection is one execution node, with the rows' own values")]
    public async Task Page_is_one_node()
    {
        var result = await ExecuteAsync(Page);

        var connection = Assert.IsType<InlineObjectNode>(Assert.IsType<RootExecutionNode>(result.Data).SubFields!.Single());
        Assert.Empty(connection.SubFields!);
        Assert.Equal(["totalCount", "pageInfo", "nodes"], connection.Fields!.Select(f => f.Name));

        await using var db = hub.OpenDatabase();
        var expected = await db.KampungKbs.AsNoTracking().OrderBy(k => k.Name).Take(5)
            .Select(k => new { k.Name, k.HasRumahDataKu, Village = k.Village!.Name }).ToListAsync();
        var nodes = (await hub.CreateClient().DataAsync(Page))["kampungKbs"]!["nodes"]!.AsArray();
        Assert.Equal(expected.Select(k => k.Name), nodes.Select(n => (string)n!["label"]!));
        Assert.Equal(expected.Select(k => k.HasRumahDataKu), nodes.Select(n => (bool)n!["hasRumahDataKu"]!));
        Assert.Equal(expected.Select(k => k.Village), nodes.Select(n => (string)n!["village"]!["name"]!));
        Assert.All(nodes, n => Assert.Equal("KampungKb", (string)n!["__typename"]!));
        Assert.Equal(["__typename", "id", "label", "classification", "declaredOn", "hasRumahDataKu", "village"],
            nodes[0]!.AsObject().Select(p => p.Key));
    }

    [Fact(DisplayName = "A batched list of objects whose fields are all read inline is read inline once its batch loads: no node per item")]
    public async Task Batched_list_items_are_inline()
    {
        const string query = "{ kampungKbs(first: 3, order: [{ name: ASC }]) { nodes { name programs(order: [{ programCode: ASC }]) { programCode status } } } }";
        var result = await ExecuteAsync(query);

        var connection = Assert.IsType<InlineObjectNode>(Assert.IsType<RootExecutionNode>(result.Data).SubFields!.Single());
        var nodes = Assert.IsType<InlineArrayNode>(Assert.Single(connection.SubFields!));
        var programs = nodes.Items!.Cast<InlineObjectNode>().Select(k => Assert.IsType<InlineArrayNode>(Assert.Single(k.SubFields!))).ToList();
        Assert.All(programs, p => Assert.Empty(p.Items!));

        await using var db = hub.OpenDatabase();
        var expected = await db.KampungKbs.AsNoTracking().OrderBy(k => k.Name).Take(3)
            .Select(k => k.Participations.OrderBy(p => p.ProgramCode).Select(p => p.ProgramCode).ToList()).ToListAsync();
        var answered = (await hub.CreateClient().DataAsync(query))["kampungKbs"]!["nodes"]!.AsArray()
            .Select(k => k!["programs"]!.AsArray().Select(p => (string)p!["programCode"]!).ToList()).ToList();
        Assert.Equal(expected, answered);
        Assert.Contains(answered, p => p.Count > 0);
    }

    [Fact(DisplayName = "A value its type cannot serialize is an error at the field's path and nulls up to the nearest nullable field, as GraphQL.NET's nodes do")]
    public async Task Unserializable_value_is_a_field_error()
    {
        _ = hub.Server;
        string name;
        int id, classification;
        await using (var db = hub.OpenDatabase())
        {
            name = await db.KampungKbs.GroupBy(k => k.Name).Where(g => g.Count() == 1).Select(g => g.Key).OrderBy(n => n).FirstAsync();
            var row = await db.KampungKbs.Where(k => k.Name == name).Select(k => new { k.Id, k.Classification }).SingleAsync();
            (id, classification) = (row.Id, (int)row.Classification);
        }
        await SetClassificationAsync(id, 99);
        try
        {
            var body = await hub.CreateClient().GraphQLAsync(
                "query($name: String!) { kampungKbs(where: { name: { eq: $name } }) { totalCount nodes { name classification } } }", new { name });

            var error = Assert.Single(body["errors"]!.AsArray());
            Assert.Equal("""["kampungKbs","nodes",0,"classification"]""", error!["path"]!.ToJsonString());
            // The item is non-null, so the null reaches the nullable list; the connection's other fields stand.
            Assert.Null(body["data"]!["kampungKbs"]!["nodes"]);
            Assert.Equal(1, (int)body["data"]!["kampungKbs"]!["totalCount"]!);
        }
        finally
        {
            await SetClassificationAsync(id, classification);
        }
    }

    [Fact(DisplayName = "@include with a variable keeps deciding per request once the document is cached")]
    public async Task Conditional_fields_follow_each_request()
    {
        const string query = "query($with: Boolean!) { kampungKbs(first: 2) { nodes { name village @include(if: $with) { code } } } }";
        var client = hub.CreateClient();
        foreach (var with in new[] { true, false, true })
        {
            var nodes = (await client.DataAsync(query, new { with }))["kampungKbs"]!["nodes"]!.AsArray();
            Assert.All(nodes, n => Assert.Equal(with, n!.AsObject().ContainsKey("village")));
        }
    }

    [Fact(DisplayName = "Writers other than the hub's get the same values from the nodes' dictionaries (ToValue)")]
    public async Task ToValue_matches_the_written_json()
    {
        var result = await ExecuteAsync(Page);
        var written = JsonNode.Parse(hub.Services.GetRequiredService<IGraphQLTextSerializer>().Serialize(result))!["data"]!;
        var values = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(((ExecutionNode)result.Data!).ToValue()))!;
        Assert.True(JsonNode.DeepEquals(written, values), $"{written}\n{values}");
        result = await ExecuteAsync("{ kampungKbs(first: 3) { nodes { name programs { programCode since } } } }");
        written = JsonNode.Parse(hub.Services.GetRequiredService<IGraphQLTextSerializer>().Serialize(result))!["data"]!;
        values = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(((ExecutionNode)result.Data!).ToValue()))!;
        Assert.True(JsonNode.DeepEquals(written, values), $"{written}\n{values}");
    }

    private async Task<ExecutionResult> ExecuteAsync(string query)
    {
        await using var scope = hub.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IDocumentExecuter>().ExecuteAsync(new ExecutionOptions
        {
            Schema = hub.Services.GetRequiredService<ISchema>(),
            Query = query,
            RequestServices = scope.ServiceProvider,
        });
        Assert.Null(result.Errors);
        return result;
    }

    private async Task SetClassificationAsync(int id, int classification)
    {
        await using var db = hub.OpenDatabase();
        await db.Database.ExecuteSqlAsync($"""UPDATE "KampungKbs" SET "Classification" = {classification} WHERE "Id" = {id}""");
    }
}
