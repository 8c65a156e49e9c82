using System.Text.Json.Nodes;
using KampungKB.Graph.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Server.Tests.Analytics;

/// <summary><c>indicatorSeries</c> aggregates observations as the indicator declares, the same as the lists would.</summary>
public sealed class IndicatorSeriesTests(HubFactory hub) : IClassFixture<HubFactory>
{
    public static TheoryData<string, string?, string?, string?, string?> Cases => new()
    {
        { "STUNTING_PREVALENCE", null, null, null, null },
        { "STUNTING_PREVALENCE", """{ "classification": { "eq": "MANDIRI" } }""", "2025-03", "2025-06", "REGENCY" },
        { "GATI_FATHERS_REACHED", null, "2025-01", null, null },
        { "GATI_FATHERS_REACHED", """{ "village": { "district": { "regencyCode": { "eq": "51.02" } } } }""", null, "2025-02", "DISTRICT" },
        { "KOPERASI_MEMBERS", null, null, null, "PROVINCE" },
        { "FAMILIES_AT_RISK_OF_STUNTING", """{ "hasRumahDataKu": { "eq": true } }""", "2024-12", "2025-04", "REGENCY" },
    };

    [Theory(DisplayName = "SUM, AVG and LAST series equal aggregating the observations the list fields return")]
    [MemberData(nameof(Cases))]
    public async Task Series_agree_with_the_lists(string indicator, string? filter, string? from, string? to, string? groupBy) =>
        await SeriesAgreeAsync(hub.CreateClient(), indicator, filter, from, to, groupBy);

    [Fact(DisplayName = "A 12-month series per kab/kota is one statement after the indicator look-up")]
    public async Task Series_statements()
    {
        var (data, sql) = await hub.CreateClient().DataWithSqlAsync("""
            { indicatorSeries(indicator: "STUNTING_PREVALENCE", from: "2024-09", to: "2025-08", groupBy: REGENCY) { regionCode points { period value } } }
            """);

        Assert.Equal(9, data["indicatorSeries"]!.AsArray().Count);
        Assert.All(data["indicatorSeries"]!.AsArray(), s => Assert.Equal(12, s!["points"]!.AsArray().Count));
        Assert.Equal(2, sql.Count);
    }

    [Theory(DisplayName = "Bad periods and unknown indicators are coded errors")]
    [InlineData("STUNTING_PREVALENCE", "2025-1", null, "INVALID_PERIOD")]
    [InlineData("STUNTING_PREVALENCE", null, "2025-13", "INVALID_PERIOD")]
    [InlineData("STUNTING_PREVALENCE", "2025-06", "2025-01", "INVALID_PERIOD")]
    [InlineData("NO_SUCH_INDICATOR", null, null, "UNKNOWN_INDICATOR")]
    public async Task Coded_errors(string indicator, string? from, string? to, string code)
    {
        var body = await hub.CreateClient().GraphQLAsync(
            "query($i: String!, $from: String, $to: String) { indicatorSeries(indicator: $i, from: $from, to: $to) { regionCode } }",
            new { i = indicator, from, to });

        Assert.Equal(code, (string)body["errors"]![0]!["extensions"]!["code"]!);
    }

    /// <summary>Fetches the series and, through <c>kampungKbs { observations }</c>, the rows it aggregates; compares them.</summary>
    internal static async Task SeriesAgreeAsync(HttpClient client, string indicator, string? filter, string? from, string? to, string? groupBy)
    {
        var where = filter is null ? null : JsonNode.Parse(filter);
        var data = await client.DataAsync("""
            query($i: String!, $where: KampungKbFilterInput, $from: String, $to: String, $groupBy: RegionLevel) {
              indicators(where: { code: { eq: $i } }) { nodes { aggregation } }
              indicatorSeries(indicator: $i, where: $where, from: $from, to: $to, groupBy: $groupBy) {
                regionCode points { period value kampungKbCount } }
              kampungKbs(where: $where, first: 1000) { nodes { village { district { code regencyCode regency { provinceCode } } }
                observations(where: { indicatorCode: { eq: $i } }) { period value } } }
            }
            """, new { i = indicator, where, from, to, groupBy });
        var aggregation = (string)data["indicators"]!["nodes"]![0]!["aggregation"]!;
        var observations = data["kampungKbs"]!["nodes"]!.AsArray().SelectMany((k, id) => k!["observations"]!.AsArray().Select(o => (
            Kampung: id,
            Region: groupBy switch
            {
                "PROVINCE" => (string)k!["village"]!["district"]!["regency"]!["provinceCode"]!,
                "REGENCY" => (string)k!["village"]!["district"]!["regencyCode"]!,
                "DISTRICT" => (string)k!["village"]!["district"]!["code"]!,
                _ => "",
            },
            Period: (string)o!["period"]!,
            Value: (double)o["value"]!)))
            .Where(o => to is null || string.CompareOrdinal(o.Period, to) <= 0)
            .ToList();
        bool InRange(string period) => from is null || string.CompareOrdinal(period, from) >= 0;

        // LAST has a point in every month with data anywhere (values carry forward); SUM and AVG where the region has data.
        var allMonths = observations.Select(o => o.Period).Where(InRange).Distinct().Order(StringComparer.Ordinal).ToList();
        var expected = observations.GroupBy(o => o.Region).OrderBy(g => g.Key, StringComparer.Ordinal).Select(region =>
        {
            var months = aggregation == "LAST" ? allMonths : region.Select(o => o.Period).Where(InRange).Distinct().Order(StringComparer.Ordinal).ToList();
            return region.Key + ": " + string.Join(" ", months.Where(month => region.Any(o => string.CompareOrdinal(o.Period, month) <= 0)).Select(month =>
            {
                var values = aggregation == "LAST"
                    // Each Kampung KB's latest value up to the month.
                    ? region.Where(o => string.CompareOrdinal(o.Period, month) <= 0).GroupBy(o => o.Kampung)
                        .Select(k => k.MaxBy(o => o.Period).Value).ToList()
                    : region.Where(o => o.Period == month).Select(o => o.Value).ToList();
                var value = aggregation == "AVG" ? values.Average() : values.Sum();
                return $"{month}={Math.Round(value, 6)}#{values.Count}";
            }));
        });
        var actual = data["indicatorSeries"]!.AsArray().Select(s => (groupBy is null ? "" : (string)s!["regionCode"]!) + ": " +
            string.Join(" ", s!["points"]!.AsArray().Select(p => $"{p!["period"]}={Math.Round((double)p["value"]!, 6)}#{p["kampungKbCount"]}")));

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }
}

/// <summary>LAST carries a Kampung KB's value forward through months it did not report.</summary>
public sealed class IndicatorSeriesGapTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Fact(DisplayName = "With months missing, LAST carries each Kampung KB's latest value forward; SUM and AVG use what was reported")]
    public async Task Last_carries_values_forward()
    {
        var client = hub.CreateClient();
        await client.DataAsync("{ __typename }");
        await using (var db = new KampungKbDbContext(new DbContextOptionsBuilder<KampungKbDbContext>().UseSqlite($"Data Source={hub.DatabasePath}").Options))
        {
            // Every third Kampung KB stops reporting after 2024-12, every fifth misses 2025-02.
            Assert.True(await db.Observations.Where(o => o.KampungKbId % 3 == 0 && string.Compare(o.Period, "2024-12") > 0).ExecuteDeleteAsync() > 0);
            Assert.True(await db.Observations.Where(o => o.KampungKbId % 5 == 0 && o.Period == "2025-02").ExecuteDeleteAsync() > 0);
        }
        SqliteConnection.ClearAllPools();

        foreach (var indicator in new[] { "KOPERASI_MEMBERS", "FAMILIES_AT_RISK_OF_STUNTING", "GATI_FATHERS_REACHED", "STUNTING_PREVALENCE" })
        {
            await IndicatorSeriesTests.SeriesAgreeAsync(client, indicator, null, "2025-01", "2025-06", null);
            await IndicatorSeriesTests.SeriesAgreeAsync(client, indicator, null, null, null, "REGENCY");
        }
    }
}
