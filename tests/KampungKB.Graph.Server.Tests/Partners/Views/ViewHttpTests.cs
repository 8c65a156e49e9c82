using System.Net;
using System.Text.Json.Nodes;
using KampungKB.Graph.Data.Partners;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Snapshooter.Xunit;
using static KampungKB.Graph.Server.Tests.Mutations.MutationDocuments;

namespace KampungKB.Graph.Server.Tests.Partners.Views;

/// <summary><c>GET /views/{name}</c>: JSON and CSV, caching headers, scope, and the coded errors.</summary>
public sealed class ViewHttpTests(HubFactory hub) : IClassFixture<HubFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => hub.SaveViewAsync("by-district", TestViews.ByDistrict);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact(DisplayName = "CSV: header row, dotted columns, a row's list joined with '; ', RFC 4180 quoting of commas, quotes and line breaks, CRLF")]
    public async Task Csv_of_a_view_is_exact()
    {
        await using (var db = hub.OpenDatabase())
            await db.KampungKbs.Where(k => k.Name == "Kampung KB Desa Jembrana 5-02")
                .ExecuteUpdateAsync(k => k.SetProperty(x => x.Name, "Kampung KB Desa Jembrana 5-02 \"Sejahtera\", Banjar\nTengah"));

        using var response = await hub.CreateClient().GetAsync("/views/by-district?district=51.01.05&format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8; header=present", response.Content.Headers.ContentType!.ToString());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "no byte order mark");
        Assert.Equal(
            "name,classification,hasRumahDataKu,village.code,programs.program.code\r\n" +
            "Kampung KB Desa Jembrana 5-01,BERKEMBANG,true,51.01.05.2001,STUNTING; TPK\r\n" +
            "\"Kampung KB Desa Jembrana 5-02 \"\"Sejahtera\"\", Banjar\nTengah\",BERKELANJUTAN,true,51.01.05.2002,GATI; STUNTING; TPK\r\n" +
            "Kampung KB Desa Jembrana 5-03,BERKEMBANG,false,51.01.05.2003,GATI; STUNTING; TPK\r\n",
            System.Text.Encoding.UTF8.GetString(bytes));
    }

    [Fact(DisplayName = "JSON by default; Accept: text/csv gives the same CSV as ?format=csv; ?format=json wins over Accept")]
    public async Task Format_by_accept_or_parameter()
    {
        var client = hub.CreateClient();
        using var json = await client.GetAsync("/views/by-district?district=51.01.04");
        using var byAccept = await client.GetAsync("/views/by-district?district=51.01.04", accept: "text/csv");
        using var byFormat = await client.GetAsync("/views/by-district?district=51.01.04&format=csv");
        using var jsonWins = await client.GetAsync("/views/by-district?district=51.01.04&format=json", accept: "text/csv");

        Assert.Equal("application/json", json.Content.Headers.ContentType!.MediaType);
        Assert.Equal(3, JsonNode.Parse(await json.Content.ReadAsStringAsync())!["data"]!["kampungKbs"]!["nodes"]!.AsArray().Count);
        Assert.Equal("text/csv", byAccept.Content.Headers.ContentType!.MediaType);
        Assert.Equal(await byFormat.Content.ReadAsStringAsync(), await byAccept.Content.ReadAsStringAsync());
        Assert.Equal("application/json", jsonWins.Content.Headers.ContentType!.MediaType);
    }

    [Fact(DisplayName = "HEAD answers what GET does (status, type, length, ETag) without a body; an unknown view is 404")]
    public async Task Head_answers_like_get_without_body()
    {
        var client = hub.CreateClient();
        // HEAD before and after GET: neither may take the other's answer from the output cache.
        using var first = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/views/by-district?district=51.01.04&format=csv"));
        using var get = await client.GetAsync("/views/by-district?district=51.01.04&format=csv");
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/views/by-district?district=51.01.04&format=csv"));
        using var missing = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/views/no-such-view"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        var body = await get.Content.ReadAsByteArrayAsync();
        Assert.StartsWith("name,", System.Text.Encoding.UTF8.GetString(body));
        Assert.Equal(body.Length, head.Content.Headers.ContentLength);
        Assert.Equal(body.Length, first.Content.Headers.ContentLength);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact(DisplayName = "A view's JSON answer matches its snapshot")]
    public async Task Json_snapshot()
    {
        using var response = await hub.CreateClient().GetAsync("/views/by-district?district=51.01.01&first=2");
        Snapshot.Match(JsonNode.Parse(await response.Content.ReadAsStringAsync())!.ToJsonString(new() { WriteIndented = true }));
    }

    [Fact(DisplayName = "A strong ETag, Cache-Control: private, max-age=60 and Vary; If-None-Match with it gets 304 without a body")]
    public async Task Repeated_fetch_is_304()
    {
        var client = hub.CreateClient();
        using var first = await client.GetAsync("/views/by-district?district=51.01.02&format=csv");
        var etag = first.Headers.ETag!;
        using var again = await client.GetAsync("/views/by-district?district=51.01.02&format=csv", ifNoneMatch: etag.ToString());

        Assert.False(etag.IsWeak);
        Assert.True(first.Headers.CacheControl!.Private);
        Assert.Equal(TimeSpan.FromSeconds(60), first.Headers.CacheControl.MaxAge);
        Assert.Equal(["Authorization", "Accept"], first.Headers.Vary);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, again.Headers.ETag);
    }

    [Fact(DisplayName = "When the data changes the ETag changes, and the old one no longer gets 304")]
    public async Task Changed_data_changes_the_etag()
    {
        var client = hub.CreateClient();
        using var before = await client.GetAsync("/views/by-district?district=51.01.03");
        var editor = await hub.ClientWithKeyAsync(HubRole.Editor);
        var id = (string)(await editor.DataAsync("""{ kampungKbs(where: { name: { eq: "Kampung KB Desa Jembrana 3-01" } }) { nodes { id } } }"""))["kampungKbs"]!["nodes"]![0]!["id"]!;
        await editor.SucceedAsync("updateKampungKb", new { id, name = "Kampung KB Desa Jembrana 3-01 (renamed)" });
        using var after = await client.GetAsync("/views/by-district?district=51.01.03", ifNoneMatch: before.Headers.ETag!.ToString());

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Contains("(renamed)", await after.Content.ReadAsStringAsync());
    }

    [Fact(DisplayName = "Views:MaxAgeSeconds sets Cache-Control max-age")]
    public async Task Max_age_is_configurable()
    {
        using var configured = hub.WithWebHostBuilder(b => b.UseSetting("Views:MaxAgeSeconds", "5"));
        using var response = await configured.CreateClient().GetAsync("/views/by-district?district=51.01.02");
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.CacheControl!.MaxAge);
    }

    [Fact(DisplayName = "A view runs with the caller's scope: a 51.01 key asking for a 51.02 kecamatan gets no rows (CSV: the header only)")]
    public async Task Views_run_in_the_callers_scope()
    {
        var jembrana = await hub.ClientWithKeyAsync(HubRole.Viewer, scope: "51.01");
        var everyone = hub.CreateClient();
        using var json = await jembrana.GetAsync("/views/by-district?district=51.02.01&first=50");
        using var csv = await jembrana.GetAsync("/views/by-district?district=51.02.01&first=50&format=csv");
        using var unscoped = await everyone.GetAsync("/views/by-district?district=51.02.01&first=50&format=csv");

        Assert.Equal(0, (int)JsonNode.Parse(await json.Content.ReadAsStringAsync())!["data"]!["kampungKbs"]!["totalCount"]!);
        Assert.Equal("name,classification,hasRumahDataKu,village.code,programs.program.code\r\n", await csv.Content.ReadAsStringAsync());
        Assert.Contains("51.02.01.", await unscoped.Content.ReadAsStringAsync());
    }

    [Fact(DisplayName = "A view over the whole country returns only the key's region to a scoped key")]
    public async Task Unfiltered_view_is_scoped()
    {
        await hub.SaveViewAsync("all-kampung-kb", "{ kampungKbs(first: 1000) { nodes { village { code } } } }");
        var jembrana = await hub.ClientWithKeyAsync(HubRole.Viewer, scope: "51.01");
        using var csv = await jembrana.GetAsync("/views/all-kampung-kb?format=csv");
        var rows = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();

        Assert.Equal(51, rows.Count);
        Assert.All(rows, code => Assert.StartsWith("51.01.", code));
    }

    [Fact(DisplayName = "An unknown view is 404 VIEW_NOT_FOUND")]
    public async Task Unknown_view_is_404()
    {
        var (status, code, message) = await TestViews.ErrorOf(await hub.CreateClient().GetAsync("/views/no-such-view"));
        Assert.Equal((404, "VIEW_NOT_FOUND"), (status, code));
        Assert.Contains("no-such-view", message);
    }

    [Theory(DisplayName = "A bad variable is 400 INVALID_VARIABLES naming it")]
    [InlineData("district=51.01.01&first=abc", "$first")]
    [InlineData("district=51.01.01&first=1&first=2", "$first")]
    [InlineData("first=2", "$district")]
    [InlineData("district=51.01.01&frist=2", "frist")]
    [InlineData("district=51.01.01&format=xml", "format")]
    public async Task Bad_variable_is_400(string query, string named)
    {
        var (status, code, message) = await TestViews.ErrorOf(await hub.CreateClient().GetAsync("/views/by-district?" + query));
        Assert.Equal(400, status);
        Assert.Equal(named == "format" ? "INVALID_FORMAT" : "INVALID_VARIABLES", code);
        Assert.Contains(named, message);
    }

    [Fact(DisplayName = "Variables: enums by name (a wrong one is 400 naming it), Booleans, lists as repeated parameters or a JSON array")]
    public async Task Variables_are_coerced_by_declared_type()
    {
        await hub.SaveViewAsync("regencies-by-code", """
            query($codes: [String!] = ["51.01"], $class: Classification = MANDIRI, $withRumah: Boolean = true) {
              regencies(where: { code: { in: $codes } }, order: [{ code: ASC }]) {
                nodes { code stats { kampungKbCount } }
              }
              kampungKbs(where: { classification: { eq: $class }, hasRumahDataKu: { eq: $withRumah }, village: { district: { regencyCode: { eq: "51.01" } } } }) { totalCount }
            }
            """);
        var client = hub.CreateClient();
        var repeated = await client.GetStringAsync("/views/regencies-by-code?codes=51.01&codes=51.02&format=csv");
        var array = await client.GetStringAsync("/views/regencies-by-code?codes=%5B%2251.03%22%5D&format=csv");
        var mandiriWith = JsonNode.Parse(await client.GetStringAsync("/views/regencies-by-code?class=MANDIRI&withRumah=true"))!;
        var mandiriWithout = JsonNode.Parse(await client.GetStringAsync("/views/regencies-by-code?class=MANDIRI&withRumah=FALSE"))!;
        var (boolStatus, _, boolMessage) = await TestViews.ErrorOf(await client.GetAsync("/views/regencies-by-code?withRumah=ya"));
        var (status, code, message) = await TestViews.ErrorOf(await client.GetAsync("/views/regencies-by-code?class=MIDDLING"));

        Assert.Equal("code,stats.kampungKbCount\r\n51.01,51\r\n51.02,133\r\n", repeated);
        Assert.Equal("code,stats.kampungKbCount\r\n51.03,62\r\n", array);
        // Jembrana's 7 Mandiri, with and without a Rumah DataKu.
        Assert.Equal(7, (int)mandiriWith["data"]!["kampungKbs"]!["totalCount"]! + (int)mandiriWithout["data"]!["kampungKbs"]!["totalCount"]!);
        Assert.Equal(400, boolStatus);
        Assert.Contains("$withRumah", boolMessage);
        Assert.Equal((400, "INVALID_VARIABLES"), (status, code));
        Assert.Contains("$class", message);
    }

    [Fact(DisplayName = "Views sit behind the same policy as /graphql: with anonymous access off, no key is 401")]
    public async Task Views_need_a_key_when_anonymous_is_off()
    {
        using var closed = hub.WithWebHostBuilder(b => b.UseSetting("Auth:AllowAnonymous", "false"));
        var (status, code, _) = await TestViews.ErrorOf(await closed.CreateClient().GetAsync("/views/by-district?district=51.01.01"));
        Assert.Equal((401, "AUTH_NOT_AUTHENTICATED"), (status, code));
    }

    [Fact(DisplayName = "Views count against the key's rate limit together with /graphql: past it, 429 RATE_LIMITED with Retry-After")]
    public async Task Views_share_the_rate_limit()
    {
        using var limited = hub.WithWebHostBuilder(b => b
            .UseSetting("GraphQL:RateLimit:Enabled", "true")
            .UseSetting("GraphQL:RateLimit:PermitLimit", "2")
            .UseSetting("GraphQL:RateLimit:Window", "00:01:00"));
        var client = limited.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await hub.CreateKeyAsync(HubRole.Viewer));

        await client.DataAsync("{ __typename }");
        using var view = await client.GetAsync("/views/by-district?district=51.01.01");
        using var refused = await client.GetAsync("/views/by-district?district=51.01.01");

        Assert.Equal(HttpStatusCode.OK, view.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        var (status, code, _) = await TestViews.ErrorOf(refused);
        Assert.Equal((429, "RATE_LIMITED"), (status, code));
    }
}
