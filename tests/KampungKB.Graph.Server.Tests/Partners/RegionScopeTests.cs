using System.Text.Json.Nodes;
using KampungKB.Graph.Data.Partners;

namespace KampungKB.Graph.Server.Tests.Partners;

/// <summary>
/// A key scoped to Jembrana (51.01) reaches no row of Tabanan (51.02) or any other kab/kota, by any read path: root
/// lists, lookups, Relay IDs, nested fields, stats, aggregates, series, classification scores and filters that name
/// other regions. Above its scope it sees the chain of ancestors (province 51), whose figures count only rows inside
/// the scope. The catalog (agencies, programmes, indicators) holds no regional row and is read whole.
/// </summary>
public sealed class RegionScopeTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Jembrana = "51.01";
    private const string Tabanan = "51.02";
    // Bali demo: Jembrana has 5 kecamatan, 51 villages (41 desa, 10 kelurahan) and 51 Kampung KB.
    private const int JembranaKampungKbs = 51;

    private Task<HttpClient> ScopedAsync(string scope = Jembrana) => hub.ClientWithKeyAsync(HubRole.Viewer, scope: scope);

    private HttpClient Unscoped() => hub.CreateClient();

    // Root fields that read regional rows, each with a query over it; a new root field must join this list (or the catalog's).
    private const string Lists = """
        {
          provinces(first: 100) { totalCount nodes { id code name } }
          regencies(first: 100) { totalCount nodes { id code provinceCode } }
          districts(first: 1000) { totalCount nodes { id code regencyCode } }
          villages(first: 1000) { totalCount nodes { id code districtCode } }
          kampungKbs(first: 1000) { totalCount nodes { id villageCode } }
          kampungKbTable(take: 1000) { totalCount items { id villageCode } }
        }
        """;

    private static readonly Dictionary<string, string> RootFieldsReadingRegions = new()
    {
        ["provinces"] = Lists, ["regencies"] = Lists, ["districts"] = Lists, ["villages"] = Lists, ["kampungKbs"] = Lists,
        ["kampungKbTable"] = Lists,
        ["province"] = nameof(Ancestors_are_visible_with_figures_from_inside_the_scope),
        ["regency"] = nameof(Lookups_of_rows_outside_answer_null),
        ["district"] = nameof(Lookups_of_rows_outside_answer_null),
        ["village"] = nameof(Lookups_of_rows_outside_answer_null),
        ["kampungKb"] = nameof(Lookups_of_rows_outside_answer_null),
        ["node"] = nameof(Relay_ids_of_rows_outside_answer_null),
        ["nodes"] = nameof(Relay_ids_of_rows_outside_answer_null),
        ["indonesiaStats"] = nameof(Stats_above_the_scope_equal_the_scope_s_own),
        ["kampungKbAggregate"] = nameof(Aggregates_count_only_the_scope),
        ["indicatorSeries"] = nameof(Indicator_series_cover_only_the_scope),
    };

    // The catalog: national reference data, the same for every caller.
    private static readonly string[] CatalogRootFields = ["agencies", "programs", "program", "indicators"];

    // Not regional rows: saved views (whose results run under the caller's scope, Views/ViewHttpTests) and the audit log
    // (refused to any scoped key, Mutations/AuditLogTests).
    private static readonly string[] OtherRootFields = ["views", "view", "auditLog"];

    [Fact(DisplayName = "Every root field of Query is covered here: it reads regional rows and has a scope test, or it is catalog")]
    public async Task Every_root_field_is_covered()
    {
        var data = await Unscoped().DataAsync("{ __schema { queryType { fields { name } } } }");
        var served = data["__schema"]!["queryType"]!["fields"]!.AsArray().Select(f => (string)f!["name"]!).Order().ToList();

        Assert.True(served.SequenceEqual(RootFieldsReadingRegions.Keys.Concat(CatalogRootFields).Concat(OtherRootFields).Order()),
            "Query's root fields changed: add a scope test for each new field that reads regions or Kampung KB (and list it in " +
            $"{nameof(RootFieldsReadingRegions)}), or list it in {nameof(CatalogRootFields)} or {nameof(OtherRootFields)}. Served: {string.Join(", ", served)}");
    }

    [Fact(DisplayName = "No field leads from the catalog (Agency, Program, Indicator) to regional rows: a new one needs a scope test")]
    public async Task Catalog_types_lead_nowhere_regional()
    {
        string[] catalog = ["Agency", "Program", "Indicator"];
        var data = await Unscoped().DataAsync("""
            { __schema { types { name kind fields { name type { name kind ofType { name kind ofType { name kind ofType { name kind } } } } } } } }
            """);
        static string? Named(JsonNode? type) => type is null ? null : (string?)type["name"] ?? Named(type["ofType"]);

        var outward = data["__schema"]!["types"]!.AsArray()
            .Where(t => catalog.Contains((string)t!["name"]!))
            .SelectMany(t => t!["fields"]!.AsArray().Select(f => (Type: (string)t["name"]!, Field: (string)f!["name"]!, Target: Named(f["type"])!)))
            .Where(f => !catalog.Contains(f.Target) && f.Target is not ("String" or "ID" or "Int" or "Float" or "Boolean" or "IndicatorAggregation"))
            .Select(f => $"{f.Type}.{f.Field}: {f.Target}")
            .ToList();

        Assert.True(outward.Count == 0, "Catalog fields that reach other types; test them under a scope here, then allow them: " + string.Join(", ", outward));
    }

    [Fact(DisplayName = "Root lists under the 51.01 scope hold Jembrana only: 1 province (the ancestor), 1 kab/kota, 5 kecamatan, 51 villages, 51 Kampung KB")]
    public async Task Root_lists_hold_only_the_scope()
    {
        var outside = await OutsideScope.ReadAsync(Unscoped(), Jembrana);

        var data = await (await ScopedAsync()).DataAsync(Lists);

        outside.AssertNoneIn(data);
        Assert.Equal(["51"], Codes(data["provinces"]!["nodes"]!));
        Assert.Equal([Jembrana], Codes(data["regencies"]!["nodes"]!));
        Assert.Equal(5, (int)data["districts"]!["totalCount"]!);
        Assert.Equal(51, (int)data["villages"]!["totalCount"]!);
        Assert.Equal(JembranaKampungKbs, (int)data["kampungKbs"]!["totalCount"]!);
        Assert.Equal(JembranaKampungKbs, (int)data["kampungKbTable"]!["totalCount"]!);
        Assert.Equal(JembranaKampungKbs, data["kampungKbTable"]!["items"]!.AsArray().Count);
        Assert.All(data["villages"]!["nodes"]!.AsArray(), v => Assert.StartsWith(Jembrana + ".", (string)v!["code"]!));
    }

    [Fact(DisplayName = "regency, district, village and kampungKb(id:) of Tabanan rows answer null under the 51.01 scope, as if they did not exist")]
    public async Task Lookups_of_rows_outside_answer_null()
    {
        var unscoped = Unscoped();
        var tabanan = (await unscoped.DataAsync("""
            { regency(code: "51.02") { code districts(first: 1) { code villages(first: 1) { code kampungKbs(first: 1) { id } } } } }
            """))["regency"]!;
        var district = (string)tabanan["districts"]![0]!["code"]!;
        var village = tabanan["districts"]![0]!["villages"]![0]!;
        var kampungKb = (string)village["kampungKbs"]![0]!["id"]!;
        var variables = new { district, village = (string)village["code"]!, kampungKb, number = OutsideScope.DatabaseNumber(kampungKb).ToString() };
        const string query = """
            query($district: String!, $village: String!, $kampungKb: ID!, $number: ID!) {
              regency(code: "51.02") { code }
              district(code: $district) { code }
              village(code: $village) { code }
              kampungKb(id: $kampungKb) { id }
              byNumber: kampungKb(id: $number) { id }
              own: regency(code: "51.01") { code }
            }
            """;

        var scoped = await (await ScopedAsync()).DataAsync(query, variables);
        var everyone = await unscoped.DataAsync(query, variables);

        foreach (var field in new[] { "regency", "district", "village", "kampungKb", "byNumber" })
        {
            Assert.NotNull(everyone[field]);
            Assert.Null(scoped[field]);
        }
        Assert.Equal(Jembrana, (string)scoped["own"]!["code"]!);
    }

    [Fact(DisplayName = "node(id:) and nodes(ids:) with the global IDs of Tabanan rows answer null under the 51.01 scope; Jembrana's resolve")]
    public async Task Relay_ids_of_rows_outside_answer_null()
    {
        var unscoped = Unscoped();
        var outside = await OutsideScope.ReadAsync(unscoped, Jembrana);
        var tabanan = (await unscoped.DataAsync("""
            { regency(code: "51.02") { id districts(first: 1) { id villages(first: 1) { id kampungKbs(first: 1) { id } } } } }
            """))["regency"]!;
        var district = tabanan["districts"]![0]!;
        var village = district["villages"]![0]!;
        string[] ids = [(string)tabanan["id"]!, (string)district["id"]!, (string)village["id"]!, (string)village["kampungKbs"]![0]!["id"]!];
        var own = (string)(await unscoped.DataAsync("""{ regency(code: "51.01") { id } }"""))["regency"]!["id"]!;
        var scoped = await ScopedAsync();

        foreach (var id in ids)
        {
            Assert.NotNull((await unscoped.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id }))["node"]);
            Assert.Null((await scoped.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id }))["node"]);
        }
        // Every Tabanan and other kab/kota row at once, then one of Jembrana's.
        var all = outside.GlobalIds.Take(999).Append(own).ToArray();
        var nodes = (await scoped.DataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = all }))["nodes"]!.AsArray();

        Assert.Equal(all.Length, nodes.Count);
        Assert.All(nodes.Take(all.Length - 1), Assert.Null);
        Assert.Equal(own, (string)nodes[^1]!["id"]!);
    }

    [Fact(DisplayName = "Nested from province 51 down to programmes, profiles, reports, observations and back up, the 51.01 scope holds at every level")]
    public async Task Nested_fields_hold_only_the_scope()
    {
        var outside = await OutsideScope.ReadAsync(Unscoped(), Jembrana);

        var data = await (await ScopedAsync()).DataAsync("""
            {
              province(code: "51") {
                code
                regencies(first: 10) {
                  id code
                  districts(first: 10) {
                    id code regency { code }
                    villages(first: 30) {
                      id code district { code regency { code } }
                      kampungKbs(first: 2) {
                        id villageCode village { code }
                        programs(first: 5) { programCode program { code } kampungKb { id villageCode } }
                        profiles(first: 1) { period }
                        reports(first: 1) { period }
                        observations(first: 2) { kampungKbId indicatorCode kampungKb { id villageCode } indicator { code } }
                        classificationScores { classification }
                      }
                    }
                  }
                }
              }
            }
            """);

        outside.AssertNoneIn(data);
        var regencies = data["province"]!["regencies"]!.AsArray();
        Assert.Equal([Jembrana], Codes(regencies));
        var villages = regencies[0]!["districts"]!.AsArray().SelectMany(d => d!["villages"]!.AsArray()).ToList();
        Assert.Equal(51, villages.Count);
        var kampungKbs = villages.SelectMany(v => v!["kampungKbs"]!.AsArray()).ToList();
        Assert.Equal(JembranaKampungKbs, kampungKbs.Count);
        // The nested lists are not empty: the scope filters, it does not blank.
        Assert.Contains(kampungKbs, k => k!["programs"]!.AsArray().Count > 0);
        Assert.Contains(kampungKbs, k => k!["observations"]!.AsArray().Count > 0);
        Assert.All(kampungKbs, k => Assert.NotEmpty(k!["profiles"]!.AsArray()));
        Assert.All(kampungKbs, k => Assert.NotEmpty(k!["reports"]!.AsArray()));
    }

    [Fact(DisplayName = "Under the 51.01 scope, stats of province 51, indonesiaStats and regency 51.01 all equal Jembrana's unscoped figures")]
    public async Task Stats_above_the_scope_equal_the_scope_s_own()
    {
        const string stats = """
            villageCount desaCount kelurahanCount desaAdatCount villagesWithKampungKbCount coverage
            kampungKbCount rumahDataKuCount rumahDataKuShare
            byClassification { classification count share } byProgram { programCode count program { code } }
            """;
        var jembrana = (await Unscoped().DataAsync($$"""{ regency(code: "51.01") { stats { {{stats}} } } }"""))["regency"]!["stats"]!;
        var bali = (await Unscoped().DataAsync($$"""{ province(code: "51") { stats { kampungKbCount } } }"""))["province"]!["stats"]!;

        var scoped = await (await ScopedAsync()).DataAsync($$"""
            {
              indonesiaStats { {{stats}} }
              province(code: "51") { stats { {{stats}} } }
              regency(code: "51.01") { stats { {{stats}} } }
              provinces { nodes { stats { {{stats}} } regencies { stats { {{stats}} } } } }
            }
            """);

        Assert.Equal(646, (int)bali["kampungKbCount"]!);
        Assert.Equal(JembranaKampungKbs, (int)jembrana["kampungKbCount"]!);
        JsonAssert.Equivalent(jembrana, scoped["indonesiaStats"], "indonesiaStats");
        JsonAssert.Equivalent(jembrana, scoped["province"]!["stats"], "province 51 stats");
        JsonAssert.Equivalent(jembrana, scoped["regency"]!["stats"], "regency 51.01 stats");
        JsonAssert.Equivalent(jembrana, scoped["provinces"]!["nodes"]![0]!["stats"], "provinces[0] stats");
        JsonAssert.Equivalent(jembrana, scoped["provinces"]!["nodes"]![0]!["regencies"]![0]!["stats"], "nested regency stats");
    }

    [Theory(DisplayName = "kampungKbAggregate under the 51.01 scope equals the unscoped aggregate of Jembrana, whatever the grouping")]
    [InlineData("[]")]
    [InlineData("[PROVINCE]")]
    [InlineData("[REGENCY]")]
    [InlineData("[DISTRICT, CLASSIFICATION]")]
    [InlineData("[PROGRAM]")]
    [InlineData("[REGENCY, DECLARED_YEAR]")]
    public async Task Aggregates_count_only_the_scope(string groupBy)
    {
        var outside = await OutsideScope.ReadAsync(Unscoped(), Jembrana);
        const string fields = """
            key { provinceCode regencyCode districtCode classification programCode declaredYear province { code } regency { code } district { code } program { code } }
            count rumahDataKuCount rumahDataKuShare byClassification { classification count share }
            """;

        var expected = await Unscoped().DataAsync($$"""{ kampungKbAggregate(groupBy: {{groupBy}}, where: { villageCode: { startsWith: "51.01." } }) { {{fields}} } }""");
        var scoped = await (await ScopedAsync()).DataAsync($$"""{ kampungKbAggregate(groupBy: {{groupBy}}) { {{fields}} } }""");

        outside.AssertNoneIn(scoped);
        JsonAssert.Equivalent(expected, scoped, $"kampungKbAggregate(groupBy: {groupBy})");
        // By programme a Kampung KB counts once per programme; otherwise the groups add up to Jembrana's Kampung KB.
        if (groupBy != "[PROGRAM]") Assert.Equal(JembranaKampungKbs, scoped["kampungKbAggregate"]!.AsArray().Sum(g => (int)g!["count"]!));
    }

    [Fact(DisplayName = "indicatorSeries under the 51.01 scope (SUM, AVG and LAST indicators, overall and per region) equals the unscoped series of Jembrana")]
    public async Task Indicator_series_cover_only_the_scope()
    {
        var unscoped = Unscoped();
        var scoped = await ScopedAsync();
        var indicators = (await unscoped.DataAsync("{ indicators { nodes { code aggregation } } }"))["indicators"]!["nodes"]!.AsArray();
        // One indicator of each way of aggregating.
        var chosen = indicators.GroupBy(i => (string)i!["aggregation"]!).Select(g => (string)g.First()!["code"]!).ToList();
        Assert.Equal(3, chosen.Count);

        foreach (var indicator in chosen)
            foreach (var groupBy in new[] { "", ", groupBy: REGENCY", ", groupBy: DISTRICT", ", groupBy: PROVINCE" })
            {
                const string fields = "regionCode points { period value kampungKbCount }";
                var expected = await unscoped.DataAsync(
                    $$"""query($i: String!) { indicatorSeries(indicator: $i, where: { villageCode: { startsWith: "51.01." } }{{groupBy}}) { {{fields}} } }""", new { i = indicator });
                var actual = await scoped.DataAsync($$"""query($i: String!) { indicatorSeries(indicator: $i{{groupBy}}) { {{fields}} } }""", new { i = indicator });

                Assert.NotEmpty(actual["indicatorSeries"]!.AsArray());
                JsonAssert.Equivalent(expected, actual, $"indicatorSeries({indicator}{groupBy})");
            }
    }

    [Fact(DisplayName = "classificationScores under the 51.01 scope equal the unscoped scores of the same Jembrana Kampung KB")]
    public async Task Classification_scores_are_those_of_the_scope()
    {
        const string scores = """
            id classification classificationScores {
              classification
              input { mean high pokja { value score } fundingSources { value score } companionAndRegulation { value score } }
              process { mean high crossSectorAgencies { value score } dataSources { value score } }
              output { mean high contraceptivePrevalence { value score } unmetNeed { value score } }
            }
            """;
        var expected = await Unscoped().DataAsync($$"""{ kampungKbs(first: 100, where: { villageCode: { startsWith: "51.01." } }) { nodes { {{scores}} } } }""");
        var actual = await (await ScopedAsync()).DataAsync($$"""{ kampungKbs(first: 100) { nodes { {{scores}} } } }""");

        Assert.Equal(JembranaKampungKbs, actual["kampungKbs"]!["nodes"]!.AsArray().Count);
        JsonAssert.Equivalent(expected, actual, "classificationScores");
    }

    [Theory(DisplayName = "Filters that name Tabanan or Bali-wide conditions select nothing outside the 51.01 scope")]
    [InlineData("""{ kampungKbs(where: { villageCode: { startsWith: "51.02" } }) { totalCount } }""", "kampungKbs.totalCount", 0)]
    [InlineData("""{ kampungKbs(where: { village: { district: { regencyCode: { eq: "51.02" } } } }) { totalCount } }""", "kampungKbs.totalCount", 0)]
    [InlineData("""{ kampungKbTable(where: { village: { district: { regency: { name: { eq: "Kabupaten Tabanan" } } } } }) { totalCount } }""", "kampungKbTable.totalCount", 0)]
    [InlineData("""{ kampungKbs(where: { or: [{ villageCode: { startsWith: "51.01." } }, { villageCode: { startsWith: "51.02." } }] }) { totalCount } }""", "kampungKbs.totalCount", 51)]
    [InlineData("""{ kampungKbs(where: { villageCode: { nstartsWith: "51.01." } }) { totalCount } }""", "kampungKbs.totalCount", 0)]
    [InlineData("""{ kampungKbs(where: { villageCode: { startsWith: "51.0%" } }) { totalCount } }""", "kampungKbs.totalCount", 0)]
    [InlineData("""{ villages(where: { district: { regencyCode: { in: ["51.02", "51.03", "51.71"] } } }) { totalCount } }""", "villages.totalCount", 0)]
    [InlineData("""{ villages(where: { kampungKbs: { some: { villageCode: { startsWith: "51.02" } } } }) { totalCount } }""", "villages.totalCount", 0)]
    [InlineData("""{ districts(where: { regencyCode: { neq: "51.01" } }) { totalCount } }""", "districts.totalCount", 0)]
    [InlineData("""{ regencies(where: { code: { in: ["51.01", "51.02", "51.71"] } }) { totalCount } }""", "regencies.totalCount", 1)]
    [InlineData("""{ provinces(where: { regencies: { some: { code: { eq: "51.02" } } } }) { totalCount } }""", "provinces.totalCount", 0)]
    [InlineData("""{ provinces(where: { regencies: { some: { districts: { some: { villages: { some: { code: { startsWith: "51.02." } } } } } } } }) { totalCount } }""", "provinces.totalCount", 0)]
    [InlineData("""{ kampungKbAggregate(where: { villageCode: { startsWith: "51.02" } }) { count } }""", "kampungKbAggregate.0.count", 0)]
    [InlineData("""{ kampungKbAggregate(where: { village: { district: { regency: { code: { eq: "51.02" } } } } }, groupBy: [REGENCY]) { count } }""", "kampungKbAggregate.length", 0)]
    [InlineData("""{ indicatorSeries(indicator: "STUNTING_PREVALENCE", where: { villageCode: { startsWith: "51.02" } }) { regionCode } }""", "indicatorSeries.length", 0)]
    [InlineData("""{ province(code: "51") { regencies(where: { code: { eq: "51.02" } }) { code } } }""", "province.regencies.length", 0)]
    public async Task Filters_naming_other_regions_select_nothing_outside(string query, string path, int expected)
    {
        var outside = await OutsideScope.ReadAsync(Unscoped(), Jembrana);

        var data = await (await ScopedAsync()).DataAsync(query);

        outside.AssertNoneIn(data);
        Assert.Equal(expected, At(data, path));
    }

    [Fact(DisplayName = "Above its scope a key sees only the ancestors (province 51 for 51.01; also kab/kota 51.01 for kecamatan 51.01.01), with figures from inside the scope")]
    public async Task Ancestors_are_visible_with_figures_from_inside_the_scope()
    {
        var unscoped = Unscoped();
        var regencyKey = await ScopedAsync();
        var district = (string)(await unscoped.DataAsync("""{ regency(code: "51.01") { districts(first: 2) { code } } }"""))["regency"]!["districts"]![0]!["code"]!;
        var districtKey = await ScopedAsync(district);
        var districtStats = (await unscoped.DataAsync("query($c: String!) { district(code: $c) { stats { villageCount kampungKbCount } } }", new { c = district }))["district"]!["stats"]!;
        var provinceId = (string)(await unscoped.DataAsync("""{ province(code: "51") { id } }"""))["province"]!["id"]!;

        var fromRegency = await regencyKey.DataAsync("""query($id: ID!) { province(code: "51") { code name regencies { code } } node(id: $id) { id } }""", new { id = provinceId });
        var fromDistrict = await districtKey.DataAsync("""
            {
              provinces { nodes { code regencies { code districts { code } } } }
              regency(code: "51.01") { code stats { villageCount kampungKbCount } }
              province(code: "51") { stats { villageCount kampungKbCount } }
              sibling: regency(code: "51.02") { code }
            }
            """);

        Assert.Equal("Bali", (string)fromRegency["province"]!["name"]!);
        Assert.Equal([Jembrana], Codes(fromRegency["province"]!["regencies"]!));
        Assert.Equal(provinceId, (string)fromRegency["node"]!["id"]!);
        var province = fromDistrict["provinces"]!["nodes"]!.AsArray().Single()!;
        Assert.Equal("51", (string)province["code"]!);
        Assert.Equal([Jembrana], Codes(province["regencies"]!));
        Assert.Equal([district], Codes(province["regencies"]![0]!["districts"]!));
        JsonAssert.Equivalent(districtStats, fromDistrict["regency"]!["stats"], "kab/kota 51.01 seen from kecamatan " + district);
        JsonAssert.Equivalent(districtStats, fromDistrict["province"]!["stats"], "province 51 seen from kecamatan " + district);
        Assert.Null(fromDistrict["sibling"]);
    }

    [Fact(DisplayName = "The catalog (agencies, programmes, indicators) is read whole under a scope: it holds no regional row")]
    public async Task Catalog_is_the_same_for_every_scope()
    {
        const string catalog = "{ agencies(first: 100) { totalCount } programs(first: 100) { totalCount nodes { code indicators { code } } } indicators(first: 100) { totalCount } program(code: \"GATI\") { code } }";

        JsonAssert.Equivalent(await Unscoped().DataAsync(catalog), await (await ScopedAsync()).DataAsync(catalog), "catalog");
    }

    [Fact(DisplayName = "The scope is in the SQL: every statement of a scoped request that reads a regional table carries the scope parameter; unscoped SQL carries no scope condition")]
    public async Task Scope_is_enforced_in_the_sql()
    {
        const string query = """
            {
              indonesiaStats { villageCount kampungKbCount byProgram { programCode count } }
              provinces { nodes { code regencies { code } } }
              villages(first: 5) { totalCount nodes { code district { code regency { code } } } }
              kampungKbs(first: 5) {
                totalCount
                nodes { id village { code } programs { programCode } profiles(first: 1) { period } reports(first: 1) { period } observations(first: 1) { value } }
              }
              kampungKbAggregate(groupBy: [REGENCY]) { count }
              indicatorSeries(indicator: "STUNTING_PREVALENCE", groupBy: REGENCY) { regionCode }
            }
            """;
        string[] regional = ["Provinces", "Regencies", "Districts", "Villages", "KampungKbs", "ProfileSnapshots", "MonthlyReports", "ProgramParticipations", "Observations"];
        static bool Reads(string sql, string table) => sql.Contains($"\"{table}\"", StringComparison.Ordinal);

        var (_, scopedSql) = await (await ScopedAsync()).DataWithSqlAsync(query);
        var (_, unscopedSql) = await Unscoped().DataWithSqlAsync(query);

        // Every regional table is read at least once, and no statement reads one without the scope.
        Assert.All(regional, table => Assert.Contains(scopedSql, sql => Reads(sql, table)));
        var unfiltered = scopedSql.Where(sql => regional.Any(t => Reads(sql, t)) && !sql.Contains("ef_filter__RegionScope", StringComparison.Ordinal)).ToList();
        Assert.True(unfiltered.Count == 0, "Statements of a scoped request without the scope condition:\n" + string.Join("\n---\n", unfiltered));
        // The scope is a parameter, never spliced into the text.
        Assert.DoesNotContain(scopedSql, sql => sql.Contains("51.01", StringComparison.Ordinal));
        Assert.DoesNotContain(unscopedSql, sql => sql.Contains("ef_filter__", StringComparison.Ordinal));
        Assert.Equal(scopedSql.Count, unscopedSql.Count);
    }

    [Fact(DisplayName = "Unscoped, a filter through references joins the tables themselves; scoped, each joins through its filter")]
    public async Task Unscoped_sql_joins_tables()
    {
        const string query = """{ kampungKbs(where: { village: { district: { regencyCode: { eq: "51.01" } } } }) { totalCount } }""";

        // The count's statement (a scoped request also looks its key up).
        static string Count(IReadOnlyList<string> statements) => Assert.Single(statements, sql => sql.StartsWith("SELECT COUNT(*)", StringComparison.OrdinalIgnoreCase));
        var unscoped = Count((await Unscoped().DataWithSqlAsync(query)).Statements);
        var scoped = Count((await (await ScopedAsync()).DataWithSqlAsync(query)).Statements);

        Assert.Contains("INNER JOIN \"Villages\" AS", unscoped, StringComparison.Ordinal);
        Assert.Contains("INNER JOIN \"Districts\" AS", unscoped, StringComparison.Ordinal);
        Assert.DoesNotContain("INNER JOIN \"Villages\" AS", scoped, StringComparison.Ordinal);
        Assert.Contains("ef_filter__RegionScope", scoped, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "Scoped and unscoped requests running at once each get their own view (pooled DbContexts do not carry a scope to the next lease)")]
    public async Task Concurrent_callers_keep_their_own_scope()
    {
        var callers = new (HttpClient Client, int Expected)[]
        {
            (await ScopedAsync(Jembrana), JembranaKampungKbs),
            (await ScopedAsync(Tabanan), 133),
            (Unscoped(), 646),
        };

        var answers = await Task.WhenAll(Enumerable.Range(0, 60).Select(async i =>
        {
            var (client, expected) = callers[i % callers.Length];
            var data = await client.DataAsync("{ kampungKbs { totalCount } indonesiaStats { kampungKbCount } }");
            return (expected, count: (int)data["kampungKbs"]!["totalCount"]!, stats: (int)data["indonesiaStats"]!["kampungKbCount"]!);
        }));

        Assert.All(answers, a => Assert.Equal((a.expected, a.expected), (a.count, a.stats)));
    }

    [Fact(DisplayName = "The hub reads data only through the request's DbContext and its filters: no raw SQL, no IgnoreQueryFilters, no context of its own (outside the CLI verbs)")]
    public void No_read_path_around_the_filters()
    {
        // Each of these would read rows without the region filters of the request's context.
        string[] bypasses =
        [
            "IgnoreQueryFilters", "FromSql", "SqlQuery", "ExecuteSql", "GetDbConnection", "CreateCommand(", "IDbContextFactory",
            "CreateDbContext", "KampungKbDatabase.CreateContext", "new KampungKbDbContext", "new PostgresKampungKbDbContext",
            ".RegionScope = ", ".RegionScopeSource = ",
        ];
        var server = RepositoryFiles.PathOf("src/KampungKB.Graph.Server");
        var files = Directory.EnumerateFiles(server, "*.cs", SearchOption.AllDirectories)
            // Verbs run from the command line, unscoped by design; bin/obj hold generated code.
            .Where(f => Path.GetRelativePath(server, f).Split(Path.DirectorySeparatorChar)[0] is not ("Cli" or "bin" or "obj"))
            .ToList();
        Assert.Contains(files, f => f.EndsWith("NodeLoader.cs", StringComparison.Ordinal));
        var found = files
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(server, f), Line: i + 1, Text: line)))
            .Where(l => !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal) && bypasses.Any(b => l.Text.Contains(b, StringComparison.Ordinal)))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(found.Count == 0, "Reads that could go around the region scope (route them through the request's KampungKbDbContext):\n" + string.Join("\n", found));
    }

    private static List<string> Codes(JsonNode list) => list.AsArray().Select(n => (string)n!["code"]!).ToList();

    // "a.b.0.c" into data; "length" is the count of the array reached.
    private static int At(JsonNode data, string path)
    {
        JsonNode? node = data;
        foreach (var part in path.Split('.'))
            node = part == "length" ? node!.AsArray().Count : int.TryParse(part, out var i) ? node![i] : node![part];
        return (int)node!;
    }
}
