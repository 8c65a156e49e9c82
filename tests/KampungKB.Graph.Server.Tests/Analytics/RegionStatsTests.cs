using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KampungKB.Graph.Server.Tests.Partners;
using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;

namespace KampungKB.Graph.Server.Tests.Analytics;

/// <summary><c>stats</c> on regions and <c>indonesiaStats</c>: the published figures, agreement with the lists, batching.</summary>
public sealed class RegionStatsTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string AllFields = """
        villageCount desaCount kelurahanCount desaAdatCount villagesWithKampungKbCount kampungKbCount coverage
        rumahDataKuCount rumahDataKuShare byClassification { classification count share } byProgram { program { code name } count }
        """;

    [Fact(DisplayName = "Bali's stats reproduce the article: 716 villages, 646 Kampung KB, 461 Rumah DataKu, 71.36 %")]
    public async Task Bali_published_figures()
    {
        var data = await hub.CreateClient().DataAsync($$"""{ province(code: "51") { stats { {{AllFields}} } } indonesiaStats { {{AllFields}} } }""");
        var stats = data["province"]!["stats"]!;

        Assert.Equal(716, (int)stats["villageCount"]!);
        Assert.Equal(636, (int)stats["desaCount"]!);
        Assert.Equal(80, (int)stats["kelurahanCount"]!);
        Assert.Equal(646, (int)stats["kampungKbCount"]!);
        Assert.Equal(461, (int)stats["rumahDataKuCount"]!);
        Assert.Equal(71.36, Math.Round((double)stats["rumahDataKuShare"]!, 2));
        Assert.Equal(Math.Round(646 * 100.0 / 716, 6), Math.Round((double)stats["coverage"]!, 6));
        // The demo database holds Bali only, so the country is Bali.
        Assert.Equal(stats.ToJsonString(), data["indonesiaStats"]!.ToJsonString());
    }

    [Theory(DisplayName = "Regency stats reproduce the published classes of Jembrana and Tabanan")]
    [InlineData("51.01", 51, 7, 27, null, null)]
    [InlineData("51.02", 133, 23, 60, 13, 37)]
    public async Task Published_classes(string code, int kampungKbs, int mandiri, int berkelanjutan, int? dasar, int? berkembang)
    {
        var data = await hub.CreateClient().DataAsync(
            "query($code: String!) { regency(code: $code) { stats { villageCount kampungKbCount coverage byClassification { classification count } } } }", new { code });
        var stats = data["regency"]!["stats"]!;
        var byClass = stats["byClassification"]!.AsArray().ToDictionary(c => (string)c!["classification"]!, c => (int)c!["count"]!);

        Assert.Equal(kampungKbs, (int)stats["kampungKbCount"]!);
        Assert.Equal(kampungKbs, (int)stats["villageCount"]!);
        Assert.Equal(100.0, (double)stats["coverage"]!);
        Assert.Equal(["DASAR", "BERKEMBANG", "MANDIRI", "BERKELANJUTAN"], byClass.Keys);
        Assert.Equal(mandiri, byClass["MANDIRI"]);
        Assert.Equal(berkelanjutan, byClass["BERKELANJUTAN"]);
        // The article gives Jembrana's Mandiri and Berkelanjutan only.
        if (dasar != null) Assert.Equal(dasar, byClass["DASAR"]);
        if (berkembang != null) Assert.Equal(berkembang, byClass["BERKEMBANG"]);
        Assert.Equal(kampungKbs, byClass.Values.Sum());
    }

    [Fact(DisplayName = "Stats of every province, kab/kota and kecamatan equal counting the rows of the villages and kampungKbs lists")]
    public async Task Stats_agree_with_the_lists()
    {
        var client = hub.CreateClient();
        var stats = await client.DataAsync("""
            { provinces { nodes { code stats { ...s } regencies { code stats { ...s } districts { code stats { ...s } } } } } }
            fragment s on RegionStats {
              villageCount desaCount kelurahanCount desaAdatCount villagesWithKampungKbCount kampungKbCount rumahDataKuCount
              byClassification { classification count } byProgram { program { code } count }
            }
            """);
        var lists = await client.DataAsync("""
            {
              villages(first: 1000) { totalCount nodes { code kind district { code regencyCode regency { provinceCode } } kampungKbs { name } } }
              kampungKbs(first: 1000) { totalCount nodes { hasRumahDataKu classification village { district { code regencyCode regency { provinceCode } } }
                programs { programCode status } } }
            }
            """);
        var villages = lists["villages"]!["nodes"]!.AsArray().Select(v => v!).ToList();
        var kampungKbs = lists["kampungKbs"]!["nodes"]!.AsArray().Select(k => k!).ToList();
        Assert.Equal(716, villages.Count);
        Assert.Equal(646, kampungKbs.Count);

        var regions = stats["provinces"]!["nodes"]!.AsArray()
            .SelectMany(p => new[] { (Level: 0, Node: p!) }
                .Concat(p!["regencies"]!.AsArray().SelectMany(r => new[] { (Level: 1, Node: r!) }
                    .Concat(r!["districts"]!.AsArray().Select(d => (Level: 2, Node: d!))))))
            .ToList();
        Assert.Equal(1 + 9 + 57, regions.Count);
        foreach (var (level, node) in regions)
        {
            var code = (string)node["code"]!;
            var s = node["stats"]!;
            var inVillages = villages.Where(v => CodeAt(v["district"]!, level) == code).ToList();
            var inKampungKbs = kampungKbs.Where(k => CodeAt(k["village"]!["district"]!, level) == code).ToList();
            var expected = new
            {
                villageCount = inVillages.Count,
                desaCount = inVillages.Count(v => (string)v["kind"]! == "DESA"),
                kelurahanCount = inVillages.Count(v => (string)v["kind"]! == "KELURAHAN"),
                desaAdatCount = inVillages.Count(v => (string)v["kind"]! == "DESA_ADAT"),
                villagesWithKampungKbCount = inVillages.Count(v => v["kampungKbs"]!.AsArray().Count > 0),
                kampungKbCount = inKampungKbs.Count,
                rumahDataKuCount = inKampungKbs.Count(k => (bool)k["hasRumahDataKu"]!),
                byClassification = new[] { "DASAR", "BERKEMBANG", "MANDIRI", "BERKELANJUTAN" }
                    .Select(c => $"{c}={inKampungKbs.Count(k => (string)k["classification"]! == c)}"),
                byProgram = inKampungKbs.SelectMany(k => k["programs"]!.AsArray()).Where(p => (string)p!["status"]! == "ACTIVE")
                    .GroupBy(p => (string)p!["programCode"]!).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => $"{g.Key}={g.Count()}"),
            };
            var actual = new
            {
                villageCount = (int)s["villageCount"]!,
                desaCount = (int)s["desaCount"]!,
                kelurahanCount = (int)s["kelurahanCount"]!,
                desaAdatCount = (int)s["desaAdatCount"]!,
                villagesWithKampungKbCount = (int)s["villagesWithKampungKbCount"]!,
                kampungKbCount = (int)s["kampungKbCount"]!,
                rumahDataKuCount = (int)s["rumahDataKuCount"]!,
                byClassification = s["byClassification"]!.AsArray().Select(c => $"{c!["classification"]}={c["count"]}"),
                byProgram = s["byProgram"]!.AsArray().Select(p => $"{p!["program"]!["code"]}={p["count"]}"),
            };
            Assert.Equal(System.Text.Json.JsonSerializer.Serialize(expected), System.Text.Json.JsonSerializer.Serialize(actual));
        }
    }

    [Fact(DisplayName = "Stats of all 9 kab/kota cost the same statements as one: one UNION ALL of a GROUP BY per kind of figure, not one per region")]
    public async Task Stats_of_all_regencies_are_batched()
    {
        var client = hub.CreateClient();
        const string Query = """
            query($where: RegencyFilterInput) { regencies(where: $where) { nodes { code
              stats { villageCount coverage kampungKbCount rumahDataKuShare byClassification { count } byProgram { program { name } count } } } } }
            """;

        var (one, oneSql) = await client.DataWithSqlAsync(Query, new { where = new { code = new { eq = "51.01" } } });
        var (all, allSql) = await client.DataWithSqlAsync(Query);

        Assert.Single(one["regencies"]!["nodes"]!.AsArray());
        Assert.Equal(9, all["regencies"]!["nodes"]!.AsArray().Count);
        // regencies, the stats statement, programme names.
        Assert.Equal(3, allSql.Count);
        Assert.Equal(oneSql.Count, allSql.Count);
        // SQLite quotes the table alias, PostgreSQL does not; each side of the union has an alias of its own.
        var stats = Assert.Single(allSql, s => s.Contains("UNION ALL", StringComparison.Ordinal));
        Assert.Equal(3, Regex.Matches(stats, "GROUP BY \"?d\\d*\"?\\.\"RegencyCode\"").Count);
    }

    [Fact(DisplayName = "The dashboard overview (a province's stats with every part, each kab/kota's stats) costs one stats statement: the province's figures are its kab/kota's summed, and those answer the level below; the same figures as each part and each kab/kota counted alone")]
    public async Task Overview_runs_one_stats_statement()
    {
        var client = hub.CreateClient();
        // As bench/load/queries/overview.graphql.
        var (overview, overviewSql) = await client.DataWithSqlAsync("""
            {
              province(code: "51") {
                stats {
                  villageCount kampungKbCount coverage rumahDataKuCount rumahDataKuShare
                  byClassification { classification count share } byProgram { programCode count }
                }
                regencies { code name stats { villageCount kampungKbCount byClassification { classification count } } }
              }
            }
            """);
        // Aliases make each part a stats field of its own, so each runs alone as a plain GROUP BY.
        var (parts, partsSql) = await client.DataWithSqlAsync("""
            {
              province(code: "51") {
                villages: stats { villageCount coverage }
                kampungKbs: stats { kampungKbCount rumahDataKuCount rumahDataKuShare byClassification { classification count share } }
                programs: stats { byProgram { programCode count } }
              }
            }
            """);
        // Kab/kota stats without a province's above them: counted per kab/kota, straight from the tables.
        var (alone, aloneSql) = await client.DataWithSqlAsync("""
            { regencies(where: { provinceCode: { eq: "51" } }) { nodes { code stats { villageCount kampungKbCount byClassification { classification count } } } } }
            """);

        // province, its stats grouped by kab/kota (3 GROUP BYs in one UNION ALL), regencies; their stats need none.
        Assert.Equal(3, overviewSql.Count);
        Assert.Equal([3], overviewSql.Where(s => s.Contains("UNION ALL", StringComparison.Ordinal)).Select(s => Regex.Matches(s, "GROUP BY").Count));
        Assert.Equal(4, partsSql.Count);
        Assert.DoesNotContain(partsSql, s => s.Contains("UNION ALL", StringComparison.Ordinal));
        Assert.Equal(2, aloneSql.Count);
        var province = overview["province"]!;
        Assert.Equal(646, (int)province["stats"]!["kampungKbCount"]!);
        Assert.Equal(716, (int)province["stats"]!["villageCount"]!);
        Assert.NotEmpty(province["stats"]!["byProgram"]!.AsArray());
        JsonAssert.Equivalent(Merged(parts["province"]!, "villages", "kampungKbs", "programs"), province["stats"], "province 51 stats");
        var regencies = province["regencies"]!.AsArray();
        Assert.Equal(9, regencies.Count);
        foreach (var (regency, counted) in regencies.Zip(alone["regencies"]!["nodes"]!.AsArray()))
            JsonAssert.Equivalent(counted!["stats"], regency!["stats"], "stats of kab/kota " + regency["code"]);
    }

    private static JsonObject Merged(JsonNode node, params string[] aliases) =>
        new(aliases.SelectMany(a => node[a]!.AsObject()).Select(m => KeyValuePair.Create(m.Key, m.Value?.DeepClone())));

    private static string CodeAt(JsonNode district, int level) => level switch
    {
        0 => (string)district["regency"]!["provinceCode"]!,
        1 => (string)district["regencyCode"]!,
        _ => (string)district["code"]!,
    };
}
