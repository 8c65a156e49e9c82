using System.Text.Json.Nodes;

namespace KampungKB.Graph.Server.Tests.Querying;

/// <summary>Keyset paging over the hub's largest list: every row exactly once, in order, both ways, with the whole list's count on every page.</summary>
public sealed class PagingTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Page = """
        query($first: Int, $after: String, $last: Int, $before: String, $order: [VillageSortInput!]) {
          villages(first: $first, after: $after, last: $last, before: $before, order: $order) {
            totalCount
            nodes { code }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    public static TheoryData<string> Orders => new()
    {
        "[]",
        """[{ "name": "ASC" }]""",
        """[{ "kind": "DESC" }, { "name": "ASC" }]""",
        """[{ "district": { "name": "DESC" } }, { "code": "DESC" }]""",
    };

    [Theory(DisplayName = "Walking villages with first: 37 and after returns all 716 exactly once, in the order a single read gives")]
    [MemberData(nameof(Orders))]
    public async Task Forward_walk_returns_every_village_once(string order)
    {
        var client = hub.CreateClient();
        var expected = await AllInOneRead(client, order);
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var connection = (await client.DataAsync(Page, new { first = 37, after, order = JsonNode.Parse(order) }))["villages"]!;
            Assert.Equal(716, (int)connection["totalCount"]!);
            seen.AddRange(connection["nodes"]!.AsArray().Select(n => (string)n!["code"]!));
            pages++;
            Assert.Equal(pages > 1, (bool)connection["pageInfo"]!["hasPreviousPage"]!);
            if (!(bool)connection["pageInfo"]!["hasNextPage"]!) break;
            after = (string)connection["pageInfo"]!["endCursor"]!;
        }

        Assert.Equal(716, seen.Count);
        Assert.Equal(expected, seen);
        Assert.Equal(20, pages);
    }

    [Theory(DisplayName = "Walking villages backwards with last: 37 and before returns all 716 exactly once")]
    [MemberData(nameof(Orders))]
    public async Task Backward_walk_returns_every_village_once(string order)
    {
        var client = hub.CreateClient();
        var expected = await AllInOneRead(client, order);
        var seen = new List<string>();
        string? before = null;
        while (true)
        {
            var connection = (await client.DataAsync(Page, new { last = 37, before, order = JsonNode.Parse(order) }))["villages"]!;
            Assert.Equal(716, (int)connection["totalCount"]!);
            seen.InsertRange(0, connection["nodes"]!.AsArray().Select(n => (string)n!["code"]!));
            if (!(bool)connection["pageInfo"]!["hasPreviousPage"]!) break;
            before = (string)connection["pageInfo"]!["startCursor"]!;
        }

        Assert.Equal(expected, seen);
    }

    [Fact(DisplayName = "A page past the last cursor is empty and still counts all 716, in a statement of its own")]
    public async Task Page_past_the_end_counts_the_list()
    {
        var client = hub.CreateClient();
        var last = (await client.DataAsync(Page, new { last = 1 }))["villages"]!["pageInfo"]!["endCursor"]!.ToString();

        var (data, statements) = await client.DataWithSqlAsync(Page, new { first = 5, after = last });

        Assert.Empty(data["villages"]!["nodes"]!.AsArray());
        Assert.Equal(716, (int)data["villages"]!["totalCount"]!);
        Assert.Equal(2, statements.Count);
    }

    [Fact(DisplayName = "Asking for more than 1,000 rows is PAGE_SIZE_TOO_LARGE, not a silent cut")]
    public async Task Oversized_page_is_coded()
    {
        var body = await hub.CreateClient().GraphQLAsync("{ villages(first: 1001) { nodes { code } } }");

        Assert.Equal("PAGE_SIZE_TOO_LARGE", (string)body["errors"]![0]!["extensions"]!["code"]!);
    }

    [Fact(DisplayName = "A cursor the hub did not issue is INVALID_CURSOR")]
    public async Task Foreign_cursor_is_coded()
    {
        var body = await hub.CreateClient().GraphQLAsync("""{ villages(first: 5, after: "bm9wZQ") { nodes { code } } }""");

        Assert.Equal("INVALID_CURSOR", (string)body["errors"]![0]!["extensions"]!["code"]!);
    }

    private static async Task<List<string>> AllInOneRead(HttpClient client, string order) =>
        (await client.DataAsync(Page, new { first = 1000, order = JsonNode.Parse(order) }))["villages"]!["nodes"]!
            .AsArray().Select(n => (string)n!["code"]!).ToList();
}
