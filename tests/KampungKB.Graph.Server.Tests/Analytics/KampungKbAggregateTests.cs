using System.Text.Json.Nodes;

namespace KampungKB.Graph.Server.Tests.Analytics;

/// <summary><c>kampungKbAggregate</c> counts what <c>kampungKbs</c> lists for the same <c>where</c>, in one GROUP BY.</summary>
public sealed class KampungKbAggregateTests(HubFactory hub) : IClassFixture<HubFactory>
{
    public static TheoryData<string> Filters => new()
    {
        "{}",
        """{ "classification": { "eq": "MANDIRI" } }""",
        """{ "hasRumahDataKu": { "eq": false } }""",
        """{ "village": { "kind": { "eq": "KELURAHAN" } } }""",
        """{ "programs": { "some": { "programCode": { "eq": "GATI" }, "status": { "eq": "ACTIVE" } } } }""",
        """{ "declaredOn": { "gte": "2020-01-01" }, "village": { "district": { "regencyCode": { "in": ["51.04", "51.71"] } } } }""",
        """{ "or": [ { "classification": { "eq": "DASAR" } }, { "village": { "district": { "code": { "startsWith": "51.08" } } } } ] }""",
        """{ "name": { "eq": "no such Kampung KB" } }""",
    };

    [Theory(DisplayName = "Every group of every groupBy counts exactly the rows kampungKbs lists for the same where")]
    [MemberData(nameof(Filters))]
    public async Task Aggregate_agrees_with_the_list(string filter)
    {
        var where = JsonNode.Parse(filter);
        var data = await hub.CreateClient().DataAsync("""
            query($where: KampungKbFilterInput) {
              kampungKbs(where: $where, first: 1000) { totalCount nodes { hasRumahDataKu classification declaredOn
                village { district { code regencyCode regency { provinceCode } } } programs { programCode status } } }
              total: kampungKbAggregate(where: $where) { ...g }
              regions: kampungKbAggregate(where: $where, groupBy: [PROVINCE, REGENCY, DISTRICT]) { ...g }
              classes: kampungKbAggregate(where: $where, groupBy: [REGENCY, CLASSIFICATION]) { ...g }
              programs: kampungKbAggregate(where: $where, groupBy: [PROGRAM, DECLARED_YEAR]) { ...g }
            }
            fragment g on KampungKbGroup {
              key { provinceCode regencyCode districtCode classification programCode declaredYear } count rumahDataKuCount
              byClassification { classification count }
            }
            """, new { where });
        var rows = data["kampungKbs"]!["nodes"]!.AsArray().Select(k => k!).ToList();
        Assert.Equal((int)data["kampungKbs"]!["totalCount"]!, rows.Count);

        var total = Expected(rows, _ => Key());
        // Without groupBy there is always one group, the total.
        if (rows.Count == 0) total[Key()] = Counts([]);
        Assert.Equal(total, Actual(data["total"]!));
        Assert.Equal(Expected(rows, k => Key(province: Province(k), regency: Regency(k), district: District(k))), Actual(data["regions"]!));
        Assert.Equal(Expected(rows, k => Key(regency: Regency(k), classification: (string)k["classification"]!)), Actual(data["classes"]!));
        var participations = rows.SelectMany(k => k["programs"]!.AsArray().Where(p => (string)p!["status"]! == "ACTIVE")
            .Select(p => (Kampung: k, Program: (string)p!["programCode"]!))).ToList();
        Assert.Equal(
            participations.GroupBy(p => Key(program: p.Program, year: ((string)p.Kampung["declaredOn"]!)[..4]))
                .ToDictionary(g => g.Key, g => Counts(g.Select(p => p.Kampung).ToList())),
            Actual(data["programs"]!));
    }

    [Fact(DisplayName = "A grouped aggregate is one SQL statement")]
    public async Task Grouped_aggregate_is_one_statement()
    {
        var (data, sql) = await hub.CreateClient().DataWithSqlAsync("""
            { kampungKbAggregate(where: { hasRumahDataKu: { eq: true } }, groupBy: [REGENCY, CLASSIFICATION, DECLARED_YEAR]) {
                key { regencyCode classification declaredYear } count rumahDataKuCount byClassification { count } } }
            """);

        Assert.Equal(461, data["kampungKbAggregate"]!.AsArray().Sum(g => (int)g!["count"]!));
        var statement = Assert.Single(sql);
        Assert.Contains("GROUP BY", statement);
    }

    [Fact(DisplayName = "Without groupBy the aggregate is one total, also when nothing matches")]
    public async Task Total_without_groupBy()
    {
        var data = await hub.CreateClient().DataAsync("""
            { all: kampungKbAggregate { count rumahDataKuCount rumahDataKuShare }
              none: kampungKbAggregate(where: { name: { eq: "-" } }) { count rumahDataKuShare byClassification { count share } } }
            """);

        Assert.Equal(646, (int)data["all"]![0]!["count"]!);
        Assert.Equal(71.36, Math.Round((double)data["all"]![0]!["rumahDataKuShare"]!, 2));
        Assert.Equal(0, (int)data["none"]![0]!["count"]!);
        Assert.Null(data["none"]![0]!["rumahDataKuShare"]);
        Assert.All(data["none"]![0]!["byClassification"]!.AsArray(), c => Assert.Null(c!["share"]));
    }

    private static Dictionary<string, string> Expected(List<JsonNode> rows, Func<JsonNode, string> key) =>
        rows.GroupBy(key).ToDictionary(g => g.Key, g => Counts(g.ToList()));

    private static string Key(string province = "", string regency = "", string district = "", string classification = "", string program = "", string year = "") =>
        string.Join("|", province, regency, district, classification, program, year);

    private static string Counts(List<JsonNode> rows) =>
        $"{rows.Count}/{rows.Count(k => (bool)k["hasRumahDataKu"]!)}/" +
        string.Join(",", new[] { "DASAR", "BERKEMBANG", "MANDIRI", "BERKELANJUTAN" }.Select(c => rows.Count(k => (string)k["classification"]! == c)));

    private static Dictionary<string, string> Actual(JsonNode groups) =>
        groups.AsArray().ToDictionary(
            g => string.Join("|", new[] { "provinceCode", "regencyCode", "districtCode", "classification", "programCode", "declaredYear" }
                .Select(f => g!["key"]![f]?.ToString() ?? "")),
            g => $"{g!["count"]}/{g["rumahDataKuCount"]}/" + string.Join(",", g["byClassification"]!.AsArray().Select(c => (int)c!["count"]!)));

    private static string Province(JsonNode k) => (string)k["village"]!["district"]!["regency"]!["provinceCode"]!;
    private static string Regency(JsonNode k) => (string)k["village"]!["district"]!["regencyCode"]!;
    private static string District(JsonNode k) => (string)k["village"]!["district"]!["code"]!;

    [Fact(DisplayName = "kampungKbAggregate counts each class only when byClassification is selected (under an alias too): four counts fewer per row otherwise")]
    public async Task Class_counts_only_when_selected()
    {
        var client = hub.CreateClient();

        var (_, plainSql) = await client.DataWithSqlAsync("{ kampungKbAggregate(groupBy: [REGENCY]) { key { regencyCode } count } }");
        var (aliased, aliasedSql) = await client.DataWithSqlAsync(
            "{ kampungKbAggregate(groupBy: [REGENCY]) { key { regencyCode } count classes: byClassification { classification count } } }");

        Assert.Empty(System.Text.RegularExpressions.Regex.Matches(Assert.Single(plainSql), "Classification\"? = "));
        Assert.Equal(4, System.Text.RegularExpressions.Regex.Matches(Assert.Single(aliasedSql), "Classification\"? = ").Count);
        var groups = aliased["kampungKbAggregate"]!.AsArray();
        Assert.Equal(9, groups.Count);
        Assert.All(groups, g => Assert.Equal((int)g!["count"]!, g["classes"]!.AsArray().Sum(c => (int)c!["count"]!)));
    }
}
