using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using KampungKB.Graph.Data.Partners;
using KampungKB.Graph.Server.Tests.Partners;

namespace KampungKB.Graph.Server.Tests.Querying;

/// <summary>
/// Compiled plans (GraphQL:CompiledPlanAfter): a first page asked again in the same shape runs the EF Core compiled query
/// made for that shape. Two hubs on one database, one building every statement and one planning every page, must give
/// the same answers whatever the order of shapes and values.
/// </summary>
public sealed class CompiledPlanTests : IAsyncLifetime
{
    private const string Page = """
        query Page($where: KampungKbFilterInput, $order: [KampungKbSortInput!], $first: Int, $last: Int) {
          kampungKbs(where: $where, order: $order, first: $first, last: $last) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            nodes { id name classification hasRumahDataKu village { code name } }
          }
        }
        """;

    // Each filter shape twice with other values, and shapes a value alone decides (null, U+0000, empty lists, booleans).
    private static readonly string[] Requests =
    [
        """{ "first": 5 }""",
        """{ "first": 5, "where": { "village": { "district": { "regencyCode": { "eq": "51.02" } } } } }""",
        """{ "first": 5, "where": { "village": { "district": { "regencyCode": { "eq": "51.71" } } } } }""",
        """{ "first": 5, "where": { "village": { "district": { "regencyCode": { "eq": null } } } } }""",
        """{ "first": 5, "where": { "name": { "eq": "Kampung KB Desa\u0000" } } }""",
        """{ "first": 5, "where": { "name": { "neq": "Kampung KB B\u0000x" } } }""",
        """{ "first": 5, "where": { "name": { "neq": "Kampung KB Banjar" } } }""",
        """{ "first": 5, "where": { "name": { "or": [{ "startsWith": "Kampung KB K" }, { "eq": null }] } } }""",
        """{ "first": 5, "where": { "name": { "startsWith": "Kampung KB Desa S" } } }""",
        """{ "first": 5, "where": { "name": { "startsWith": "Kampung KB Kelurahan" } } }""",
        """{ "first": 5, "where": { "name": { "endsWith": "ng" } } }""",
        """{ "first": 5, "where": { "name": { "icontains": "BATU" } } }""",
        """{ "first": 5, "where": { "classification": { "in": [] } } }""",
        """{ "first": 5, "where": { "classification": { "in": ["MANDIRI", "BERKELANJUTAN"] } } }""",
        """{ "first": 5, "where": { "village": { "code": { "in": ["51.01.01.2001", null, "51.71.01.1001"] } } } }""",
        """{ "first": 5, "where": { "id": { "gt": 600 } } }""",
        """{ "first": 5, "where": { "id": { "nin": [1, 2, 3] } } }""",
        """{ "first": 5, "where": { "hasRumahDataKu": { "eq": true } } }""",
        """{ "first": 5, "where": { "hasRumahDataKu": { "eq": false } } }""",
        """{ "first": 5, "where": { "or": [{ "classification": { "eq": "DASAR" } }, { "village": { "kind": { "eq": "KELURAHAN" } } }] } }""",
        """{ "first": 5, "where": { "or": [{ "classification": { "eq": "MANDIRI" } }] } }""",
        """{ "first": 5, "where": { "or": [] } }""",
        """{ "first": 5, "where": { "and": [] } }""",
        """{ "first": 5, "where": { "programs": { "any": true } } }""",
        """{ "first": 5, "where": { "programs": { "any": false } } }""",
        """{ "first": 5, "where": { "programs": { "some": { "programCode": { "eq": "GATI" } } } } }""",
        """{ "first": 5, "where": { "declaredOn": { "gte": "2020-01-01" } }, "order": [{ "declaredOn": "DESC" }] }""",
        """{ "first": 5, "where": { "declaredOn": { "gte": "2024-06-01" } }, "order": [{ "declaredOn": "ASC" }] }""",
        """{ "first": 5, "order": [{ "village": { "name": "DESC" } }, { "name": "ASC" }] }""",
        """{ "last": 3, "where": { "village": { "district": { "regencyCode": { "eq": "51.01" } } } } }""",
        """{ "last": 3, "where": { "village": { "district": { "regencyCode": { "eq": "51.03" } } } } }""",
        """{ "where": { "name": { "eq": "no such Kampung KB" } } }""",
    ];

    private const string Segment = """
        query Segment($where: KampungKbFilterInput, $order: [KampungKbSortInput!], $skip: Int, $take: Int) {
          kampungKbTable(where: $where, order: $order, skip: $skip, take: $take) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage }
            items { id name village { code } }
          }
        }
        """;

    // Offsets within, at the end of and past the list (whose count is then read on its own).
    private static readonly string[] SegmentRequests =
    [
        """{ "take": 4, "where": { "village": { "district": { "regencyCode": { "eq": "51.02" } } } } }""",
        """{ "take": 4, "skip": 8, "where": { "village": { "district": { "regencyCode": { "eq": "51.71" } } } } }""",
        """{ "take": 4, "skip": 40, "where": { "village": { "district": { "regencyCode": { "eq": "51.71" } } } } }""",
        """{ "take": 4, "skip": 4000, "where": { "village": { "district": { "regencyCode": { "eq": "51.01" } } } } }""",
        """{ "take": 4, "skip": 2, "where": { "name": { "startsWith": "Kampung KB Kelurahan" } }, "order": [{ "name": "DESC" }] }""",
        """{ "take": 4, "skip": 0, "where": { "name": { "startsWith": "Kampung KB Desa" } }, "order": [{ "name": "DESC" }] }""",
        """{ "skip": 640 }""",
        """{ "skip": 0 }""",
    ];

    private readonly TempDatabase _database = TempDatabase.Create();
    private HubFactory _built = null!;
    private HubFactory _planned = null!;

    public Task InitializeAsync()
    {
        _built = new HubFactory(_database) { CompiledPlanAfter = 0 };
        _planned = new HubFactory(_database);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _planned.DisposeAsync();
        await _built.DisposeAsync();
        _database.Dispose();
    }

    [Fact(DisplayName = "Every shape and value, in any order, answers on a planning hub exactly as on a hub that builds each statement, and is read by a plan")]
    public async Task Plans_answer_as_built_statements()
    {
        var (built, planned) = (_built.CreateClient(), _planned.CreateClient());
        // Forwards, then backwards: each shape meets the plan another value made.
        foreach (var variables in Requests.Concat(Requests.Reverse()))
        {
            var expected = await built.DataAsync(Page, JsonNode.Parse(variables));
            var (actual, plannedPages) = await PlannedAsync(planned, JsonNode.Parse(variables));
            Assert.True(JsonNode.DeepEquals(expected, actual), $"{variables}\nbuilt:   {expected.ToJsonString()}\nplanned: {actual.ToJsonString()}");
            Assert.True(plannedPages == 1, $"{variables}: read by {plannedPages} plans");
        }
    }

    [Fact(DisplayName = "Offset segments too: every shape, value and offset answers on a planning hub exactly as on a hub that builds each statement")]
    public async Task Segment_plans_answer_as_built_statements()
    {
        var (built, planned) = (_built.CreateClient(), _planned.CreateClient());
        foreach (var variables in SegmentRequests.Concat(SegmentRequests.Reverse()))
        {
            var expected = await built.DataAsync(Segment, JsonNode.Parse(variables));
            var (actual, plannedPages) = await PlannedAsync(planned, JsonNode.Parse(variables), Segment);
            Assert.True(JsonNode.DeepEquals(expected, actual), $"{variables}\nbuilt:   {expected.ToJsonString()}\nplanned: {actual.ToJsonString()}");
            Assert.True(plannedPages == 1, $"{variables}: read by {plannedPages} plans");
        }
    }

    private const string Tree = """
        query Tree($code: String!, $first: Int, $where: VillageFilterInput, $order: [VillageSortInput!]) {
          regency(code: $code) {
            districts {
              code
              villages(first: $first, where: $where, order: $order) {
                code name
                kampungKbs { name classification programs { status program { code name } } }
              }
            }
          }
        }
        """;

    // Batches: children of every parent in one statement (with or without a page per parent), references by key.
    private static readonly string[] TreeRequests =
    [
        """{ "code": "51.02" }""",
        """{ "code": "51.71" }""",
        """{ "code": "51.02", "first": 2 }""",
        """{ "code": "51.01", "first": 3, "order": [{ "name": "DESC" }] }""",
        """{ "code": "51.03", "first": 1, "order": [{ "name": "DESC" }] }""",
        """{ "code": "51.04", "where": { "kind": { "eq": "KELURAHAN" } } }""",
        """{ "code": "51.05", "where": { "kind": { "eq": "DESA" } } }""",
        """{ "code": "51.06", "first": 2, "where": { "name": { "startsWith": "Desa" } } }""",
        """{ "code": "51.07", "first": 2, "where": { "name": { "startsWith": "Kel" } } }""",
        """{ "code": "99.99" }""",
    ];

    [Fact(DisplayName = "Batches (children of many parents, a page per parent, references) read by plans answer as built ones, forwards and backwards")]
    public async Task Planned_batches_answer_as_built_ones()
    {
        var planned = _planned.CreateClient();
        var built = _built.CreateClient();
        var total = 0;
        foreach (var variables in TreeRequests.Concat(TreeRequests.Reverse()))
        {
            var expected = await built.DataAsync(Tree, JsonNode.Parse(variables));
            var (actual, plannedStatements) = await PlannedAsync(planned, JsonNode.Parse(variables), Tree);
            Assert.True(JsonNode.DeepEquals(expected, actual), $"{variables}: {actual.ToJsonString()[..Math.Min(400, actual.ToJsonString().Length)]}");
            total += plannedStatements;
        }
        var districts = (await built.DataAsync(Tree, JsonNode.Parse(TreeRequests[0])))["regency"]!["districts"]!.AsArray();
        Assert.NotEmpty(districts);
        Assert.Contains(districts, d => d!["villages"]!.AsArray().Any(v => v!["kampungKbs"]!.AsArray().Count > 0));
        // Districts, villages, Kampung KB, participations and programmes: the five batches of every request but the unknown regency's.
        Assert.Equal(2 * (TreeRequests.Length - 1) * 5, total);
    }

    private const string Aggregate = """
        query Aggregate($where: KampungKbFilterInput, $groupBy: [KampungKbGroupBy!]) {
          kampungKbAggregate(where: $where, groupBy: $groupBy) {
            key { provinceCode regencyCode districtCode classification programCode declaredYear }
            count rumahDataKuCount rumahDataKuShare
          }
        }
        """;

    private const string AggregateByClass = """
        query AggregateByClass($where: KampungKbFilterInput, $groupBy: [KampungKbGroupBy!]) {
          kampungKbAggregate(where: $where, groupBy: $groupBy) { key { regencyCode programCode } count byClassification { classification count } }
        }
        """;

    // Groupings (none, one, several, repeated, by programme) with filters of other values and shapes.
    private static readonly string[] AggregateRequests =
    [
        """{ }""",
        """{ "groupBy": [] }""",
        """{ "groupBy": ["REGENCY", "CLASSIFICATION"], "where": { "village": { "district": { "regency": { "provinceCode": { "eq": "51" } } } } } }""",
        """{ "groupBy": ["CLASSIFICATION", "REGENCY"], "where": { "village": { "district": { "regency": { "provinceCode": { "eq": "52" } } } } } }""",
        """{ "groupBy": ["REGENCY", "REGENCY"], "where": { "village": { "district": { "regencyCode": { "eq": "51.02" } } } } }""",
        """{ "groupBy": ["DISTRICT"], "where": { "village": { "district": { "regencyCode": { "eq": "51.71" } } } } }""",
        """{ "groupBy": ["PROGRAM"], "where": { "classification": { "in": ["MANDIRI", "BERKELANJUTAN"] } } }""",
        """{ "groupBy": ["PROGRAM", "PROVINCE"], "where": { "hasRumahDataKu": { "eq": true } } }""",
        """{ "groupBy": ["DECLARED_YEAR"], "where": { "declaredOn": { "gte": "2024-06-01" } } }""",
        """{ "groupBy": ["DECLARED_YEAR"], "where": { "declaredOn": { "gte": "2099-01-01" } } }""",
        """{ "where": { "name": { "eq": "no such Kampung KB" } } }""",
    ];

    [Fact(DisplayName = "kampungKbAggregate: every grouping and filter, in any order, answers on a planning hub as on a hub that builds each statement, and is read by a plan")]
    public async Task Aggregate_plans_answer_as_built_statements()
    {
        var (built, planned) = (_built.CreateClient(), _planned.CreateClient());
        foreach (var document in new[] { Aggregate, AggregateByClass })
            foreach (var variables in AggregateRequests.Concat(AggregateRequests.Reverse()))
            {
                var expected = await built.DataAsync(document, JsonNode.Parse(variables));
                var (actual, plannedStatements) = await PlannedAsync(planned, JsonNode.Parse(variables), document);
                Assert.True(JsonNode.DeepEquals(expected, actual), $"{variables}\nbuilt:   {expected.ToJsonString()}\nplanned: {actual.ToJsonString()}");
                Assert.True(plannedStatements == 1, $"{variables}: read by {plannedStatements} plans");
            }
        var byRegency = (await built.DataAsync(Aggregate, JsonNode.Parse(AggregateRequests[2])))["kampungKbAggregate"]!.AsArray();
        Assert.Equal(646, (int)(await built.DataAsync(Aggregate, null))["kampungKbAggregate"]![0]!["count"]!);
        Assert.True(byRegency.Count > 4, byRegency.ToJsonString());
    }

    [Fact(DisplayName = "A filter of more values than EF Core's compiled queries take is built each time, with the same answer")]
    public async Task Too_many_values_stay_on_the_ordinary_path()
    {
        var names = Enumerable.Range(1, 20).Select(i => new JsonObject { ["name"] = new JsonObject { ["eq"] = $"Kampung KB Desa Sintetis {i}" } });
        var variables = new JsonObject { ["first"] = 5, ["where"] = new JsonObject { ["or"] = new JsonArray([.. names, new JsonObject { ["id"] = new JsonObject { ["lt"] = 4 } }]) } };
        var expected = await _built.CreateClient().DataAsync(Page, variables);
        for (var i = 0; i < 2; i++)
        {
            var (actual, plannedPages) = await PlannedAsync(_planned.CreateClient(), variables);
            Assert.True(JsonNode.DeepEquals(expected, actual), actual.ToJsonString());
            Assert.Equal(0, plannedPages);
        }
        Assert.Equal(3, (int)expected["kampungKbs"]!["totalCount"]!);
    }

    [Fact(DisplayName = "A plan reads the caller's region: a scoped key and an unscoped caller of the same document each see their own rows and counts")]
    public async Task Plans_keep_the_region_scope()
    {
        var built = _built.CreateClient();
        var scoped = _planned.CreateClient();
        scoped.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await _planned.CreateKeyAsync(HubRole.Viewer, scope: "51.01"));
        var unscoped = _planned.CreateClient();
        var builtScoped = _built.CreateClient();
        builtScoped.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await _built.CreateKeyAsync(HubRole.Viewer, scope: "51.01"));
        var variables = JsonNode.Parse("""{ "first": 3, "where": { "classification": { "in": ["DASAR", "BERKEMBANG", "MANDIRI", "BERKELANJUTAN"] } } }""");

        var byClass = JsonNode.Parse("""{ "groupBy": ["CLASSIFICATION"], "where": { "classification": { "in": ["DASAR", "BERKEMBANG", "MANDIRI", "BERKELANJUTAN"] } } }""");

        foreach (var (client, reference) in new[] { (scoped, builtScoped), (unscoped, built), (scoped, builtScoped), (unscoped, built) })
        {
            var (actual, _) = await PlannedAsync(client, variables);
            Assert.True(JsonNode.DeepEquals(await reference.DataAsync(Page, variables), actual), actual.ToJsonString());
            var (groups, _) = await PlannedAsync(client, byClass, Aggregate);
            Assert.True(JsonNode.DeepEquals(await reference.DataAsync(Aggregate, byClass), groups), groups.ToJsonString());
        }
        Assert.Equal(51, (int)(await scoped.DataAsync(Page, variables))["kampungKbs"]!["totalCount"]!);
        Assert.Equal(646, (int)(await unscoped.DataAsync(Page, variables))["kampungKbs"]!["totalCount"]!);
        int Total(JsonNode data) => data["kampungKbAggregate"]!.AsArray().Sum(g => (int)g!["count"]!);
        Assert.Equal((51, 646), (Total(await scoped.DataAsync(Aggregate, byClass)), Total(await unscoped.DataAsync(Aggregate, byClass))));
    }

    [Fact(DisplayName = "By default a shape gets its plan the second time it is asked; a cursor's page is always built")]
    public async Task The_second_request_makes_the_plan()
    {
        await using var hub = new HubFactory(_database) { CompiledPlanAfter = 2 };
        var client = hub.CreateClient();
        var first = JsonNode.Parse("""{ "first": 4, "where": { "village": { "district": { "regencyCode": { "eq": "51.04" } } } } }""");
        var other = JsonNode.Parse("""{ "first": 4, "where": { "village": { "district": { "regencyCode": { "eq": "51.05" } } } } }""");

        var (once, plannedOnce) = await PlannedAsync(client, first);
        var (twice, plannedTwice) = await PlannedAsync(client, first);
        var (otherValue, plannedOther) = await PlannedAsync(client, other);

        Assert.Equal((0, 1, 1), (plannedOnce, plannedTwice, plannedOther));
        Assert.True(JsonNode.DeepEquals(once, twice));
        Assert.True(JsonNode.DeepEquals(await _built.CreateClient().DataAsync(Page, other), otherValue));

        var after = (string)twice["kampungKbs"]!["pageInfo"]!["endCursor"]!;
        var next = JsonNode.Parse($$"""{ "first": 4, "after": "{{after}}", "where": { "village": { "district": { "regencyCode": { "eq": "51.04" } } } } }""");
        const string NextPage = """
            query Next($where: KampungKbFilterInput, $first: Int, $after: String) {
              kampungKbs(where: $where, first: $first, after: $after) { nodes { name } }
            }
            """;
        for (var i = 0; i < 2; i++)
        {
            var body = await client.GraphQLAsync(NextPage, next, new Dictionary<string, string> { ["GraphQL-Diagnostics"] = "sql" });
            Assert.Equal(0, (int)body["extensions"]!["diagnostics"]!["plannedStatements"]!);
        }
    }

    private static async Task<(JsonNode Data, int PlannedPages)> PlannedAsync(HttpClient client, JsonNode? variables, string document = Page)
    {
        var body = await client.GraphQLAsync(document, variables, new Dictionary<string, string> { ["GraphQL-Diagnostics"] = "sql" });
        Assert.True(body["errors"] is null, $"GraphQL errors: {body["errors"]}");
        return (body["data"]!, (int)body["extensions"]!["diagnostics"]!["plannedStatements"]!);
    }
}
