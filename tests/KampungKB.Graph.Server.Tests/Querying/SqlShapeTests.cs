namespace KampungKB.Graph.Server.Tests.Querying;

/// <summary>What the database is asked, read from the GraphQL-Diagnostics header: one statement per level, only selected columns.</summary>
public sealed class SqlShapeTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Fact(DisplayName = "Six levels of nested lists over all of Bali cost one statement per level, not one per parent")]
    public async Task Nested_lists_cost_one_statement_per_level()
    {
        var (data, statements) = await hub.CreateClient().DataWithSqlAsync("""
            { provinces { nodes { code regencies { code districts { code villages { code kampungKbs { name programs { programCode status } } } } } } } }
            """);

        var villages = data["provinces"]!["nodes"]![0]!["regencies"]!.AsArray()
            .SelectMany(r => r!["districts"]!.AsArray()).SelectMany(d => d!["villages"]!.AsArray()).ToList();
        Assert.Equal(716, villages.Count);
        Assert.Equal(646, villages.Sum(v => v!["kampungKbs"]!.AsArray().Count));
        // provinces, regencies, districts, villages, Kampung KB, participations.
        Assert.Equal(6, statements.Count);
    }

    [Fact(DisplayName = "Selecting two fields of villages reads only those columns and the key")]
    public async Task Projection_reads_only_selected_columns()
    {
        var (_, statements) = await hub.CreateClient().DataWithSqlAsync("{ villages(first: 5) { nodes { name kind } } }");

        var select = Assert.Single(statements);
        var columns = System.Text.RegularExpressions.Regex.Split(select, @"\sFROM\s")[0];
        Assert.Contains("\"Name\"", columns);
        Assert.Contains("\"Kind\"", columns);
        Assert.Contains("\"Code\"", columns);
        Assert.DoesNotContain("\"DistrictCode\"", columns);
    }

    [Fact(DisplayName = "Selecting the global id reads the key column, not the whole row")]
    public async Task Global_id_projects_only_the_key()
    {
        var (_, statements) = await hub.CreateClient().DataWithSqlAsync("{ kampungKbs(first: 5) { nodes { id name } } }");

        var columns = System.Text.RegularExpressions.Regex.Split(Assert.Single(statements), @"\sFROM\s")[0];
        Assert.Contains("\"Id\"", columns);
        Assert.Contains("\"Name\"", columns);
        Assert.DoesNotContain("\"VillageCode\"", columns);
        Assert.DoesNotContain("\"Coverage\"", columns);
    }

    [Fact(DisplayName = "totalCount is counted only when selected, in the page's own statement")]
    public async Task Total_count_only_when_selected()
    {
        var client = hub.CreateClient();

        var (_, without) = await client.DataWithSqlAsync("{ villages(first: 5) { nodes { code } } }");
        var (_, with) = await client.DataWithSqlAsync("{ villages(first: 5) { totalCount nodes { code } } }");

        Assert.DoesNotContain("COUNT(*)", Assert.Single(without), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("COUNT(*)", Assert.Single(with), StringComparison.OrdinalIgnoreCase);
    }

    [Fact(DisplayName = "Filter values travel as SQL parameters, never inlined into the statement")]
    public async Task Filter_values_are_parameters()
    {
        var (_, statements) = await hub.CreateClient().DataWithSqlAsync("""{ villages(where: { name: { contains: "Tabanan 7-1" } }) { nodes { code } } }""");

        Assert.DoesNotContain("Tabanan 7-1", Assert.Single(statements));
    }
}
