using Snapshooter.Xunit;

namespace KampungKB.Graph.Server.Tests.Regions;

/// <summary>The Bali region graph of the demo dataset, read through /graphql.</summary>
public sealed class RegionGraphTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Fact(DisplayName = "province(code: \"51\") lists Bali's 9 kab/kota in code order")]
    public async Task Bali_lists_nine_regencies_in_code_order()
    {
        var data = await hub.CreateClient().DataAsync("""{ province(code: "51") { name regencies { code name kind } } }""");

        var codes = data["province"]!["regencies"]!.AsArray().Select(r => (string)r!["code"]!).ToArray();
        Assert.Equal("Bali", (string)data["province"]!["name"]!);
        Assert.Equal(["51.01", "51.02", "51.03", "51.04", "51.05", "51.06", "51.07", "51.08", "51.71"], codes);
        Assert.Equal("KOTA", (string)data["province"]!["regencies"]![8]!["kind"]!);
    }

    [Fact(DisplayName = "@include with a variable applies to every object of a list, and the next request with another value sees its own")]
    public async Task Include_directive_follows_each_requests_variables()
    {
        const string query = "query($withKind: Boolean!) { regency(code: \"51.01\") { districts { code villages { code kind @include(if: $withKind) } } } }";
        var client = hub.CreateClient();

        var with = await client.DataAsync(query, new { withKind = true });
        var without = await client.DataAsync(query, new { withKind = false });

        var villagesWith = with["regency"]!["districts"]!.AsArray().SelectMany(d => d!["villages"]!.AsArray()).ToArray();
        var villagesWithout = without["regency"]!["districts"]!.AsArray().SelectMany(d => d!["villages"]!.AsArray()).ToArray();
        Assert.Equal(51, villagesWith.Length);
        Assert.All(villagesWith, v => Assert.NotNull(v!["kind"]));
        Assert.Equal(51, villagesWithout.Length);
        Assert.All(villagesWithout, v => Assert.False(v!.AsObject().ContainsKey("kind")));
    }

    [Fact(DisplayName = "Requests running at once with opposite @include values each get their own fields")]
    public async Task Include_directive_holds_per_request_under_concurrency()
    {
        const string query = "query($withKind: Boolean!) { regency(code: \"51.01\") { districts { code villages { code kind @include(if: $withKind) } } } }";
        var client = hub.CreateClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(async i =>
            (WithKind: i % 2 == 0, Data: await client.DataAsync(query, new { withKind = i % 2 == 0 }))));

        foreach (var (withKind, data) in answers)
        {
            var villages = data["regency"]!["districts"]!.AsArray().SelectMany(d => d!["villages"]!.AsArray()).ToArray();
            Assert.Equal(51, villages.Length);
            Assert.All(villages, v => Assert.Equal(withKind, v!.AsObject().ContainsKey("kind")));
        }
    }

    [Theory(DisplayName = "Each kab/kota has the official numbers of kecamatan, desa and kelurahan")]
    [InlineData("51.01", "Kabupaten Jembrana", 5, 41, 10)]
    [InlineData("51.02", "Kabupaten Tabanan", 10, 133, 0)]
    [InlineData("51.03", "Kabupaten Badung", 6, 46, 16)]
    [InlineData("51.04", "Kabupaten Gianyar", 7, 64, 6)]
    [InlineData("51.05", "Kabupaten Klungkung", 4, 53, 6)]
    [InlineData("51.06", "Kabupaten Bangli", 4, 68, 4)]
    [InlineData("51.07", "Kabupaten Karangasem", 8, 75, 3)]
    [InlineData("51.08", "Kabupaten Buleleng", 9, 129, 19)]
    [InlineData("51.71", "Kota Denpasar", 4, 27, 16)]
    public async Task Regency_has_the_official_counts(string code, string name, int districts, int desa, int kelurahan)
    {
        var data = await hub.CreateClient().DataAsync(
            "query($code: String!) { regency(code: $code) { name districts { code villages { code kind } } } }", new { code });

        var regency = data["regency"]!;
        var villages = regency["districts"]!.AsArray().SelectMany(d => d!["villages"]!.AsArray()).ToArray();
        Assert.Equal(name, (string)regency["name"]!);
        Assert.Equal(districts, regency["districts"]!.AsArray().Count);
        Assert.Equal(desa, villages.Count(v => (string)v!["kind"]! == "DESA"));
        Assert.Equal(kelurahan, villages.Count(v => (string)v!["kind"]! == "KELURAHAN"));
        Assert.All(villages, v => Assert.StartsWith(code + ".", (string)v!["code"]!));
    }

    [Fact(DisplayName = "Bali has 716 villages, 646 Kampung KB and 461 with a Rumah DataKu")]
    public async Task Bali_totals_match_the_published_figures()
    {
        var data = await hub.CreateClient().DataAsync("""
            {
              villages(where: { district: { regency: { provinceCode: { eq: "51" } } } }) { totalCount }
              kampungKbs(where: { village: { district: { regency: { province: { code: { eq: "51" } } } } } }) { totalCount }
              withRumahDataKu: kampungKbs(where: { hasRumahDataKu: { eq: true } }) { totalCount }
              withoutKampungKb: villages(where: { kampungKbs: { any: false } }) { totalCount }
            }
            """);

        Assert.Equal(716, (int)data["villages"]!["totalCount"]!);
        Assert.Equal(646, (int)data["kampungKbs"]!["totalCount"]!);
        Assert.Equal(461, (int)data["withRumahDataKu"]!["totalCount"]!);
        Assert.Equal(70, (int)data["withoutKampungKb"]!["totalCount"]!);
    }

    [Fact(DisplayName = "Every village of Jembrana, Tabanan and Badung is a Kampung KB")]
    public async Task Pioneer_regencies_cover_every_village()
    {
        var data = await hub.CreateClient().DataAsync("""
            { villages(where: { and: [
                { district: { regency: { code: { in: ["51.01", "51.02", "51.03"] } } } },
                { kampungKbs: { none: {} } } ] }) { totalCount } }
            """);

        Assert.Equal(0, (int)data["villages"]!["totalCount"]!);
    }

    [Fact(DisplayName = "node(id:) and nodes(ids:) refetch what an id field returned, of every type")]
    public async Task Nodes_round_trip()
    {
        var client = hub.CreateClient();
        var data = await client.DataAsync("""
            {
              province(code: "51") { id }
              regency(code: "51.01") { id }
              district(code: "51.01.01") { id }
              kampungKbs(first: 1) { nodes { id village { id } } }
              programs(first: 1) { nodes { id agency { id } indicators { id } } }
            }
            """);
        var ids = new[]
        {
            data["province"]!["id"], data["regency"]!["id"], data["district"]!["id"],
            data["kampungKbs"]!["nodes"]![0]!["id"], data["kampungKbs"]!["nodes"]![0]!["village"]!["id"],
            data["programs"]!["nodes"]![0]!["id"], data["programs"]!["nodes"]![0]!["agency"]!["id"],
        }.Select(id => (string)id!).ToArray();

        var refetched = await client.DataAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { id __typename ... on Regency { code } ... on Program { name } } }", new { ids });

        var nodes = refetched["nodes"]!.AsArray();
        Assert.Equal(ids, nodes.Select(n => (string)n!["id"]!));
        Assert.Equal(["Province", "Regency", "District", "KampungKb", "Village", "Program", "Agency"], nodes.Select(n => (string)n!["__typename"]!));
        // One list, one selection set, each object with its own type's fields.
        Assert.Equal([2, 3, 2, 2, 2, 3, 2], nodes.Select(n => n!.AsObject().Count));
        Assert.Equal("51.01", (string)nodes[1]!["code"]!);
    }

    [Fact(DisplayName = "A dashboard's kab/kota drill-down answers as in its snapshot")]
    public async Task Regency_drill_down_snapshot()
    {
        var data = await hub.CreateClient().DataAsync("""
            {
              regency(code: "51.01") {
                id code name kind province { name }
                districts(order: [{ code: DESC }]) {
                  code name
                  villages(first: 2, where: { kind: { eq: KELURAHAN } }) { code name kind kampungKbs { name classification hasRumahDataKu } }
                }
              }
            }
            """);

        Snapshot.Match(Newtonsoft.Json.Linq.JToken.Parse(data.ToJsonString()));
    }

    [Fact(DisplayName = "node(id:) with an ID the hub did not issue is a coded error, not a crash")]
    public async Task Foreign_id_is_coded()
    {
        var body = await hub.CreateClient().GraphQLAsync("""{ node(id: "not-an-id") { id } }""");

        Assert.Equal("INVALID_ID", (string)body["errors"]![0]!["extensions"]!["code"]!);
        Assert.Null(body["data"]!["node"]);
    }
}
