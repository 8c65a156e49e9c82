using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KampungKB.Graph.Data.Partners;
using Microsoft.EntityFrameworkCore;
using Snapshooter.Xunit;

namespace KampungKB.Graph.Server.Tests.Partners;

/// <summary>
/// The PLKB's name and contact (<c>KampungKbProfile.plkbName</c>, <c>plkbContact</c>) are served to analyst and above;
/// anonymous requests and viewers get null for those fields with an <c>AUTH_NOT_AUTHORIZED</c> error at their path, and
/// the rest of the response.
/// </summary>
public sealed class SensitiveFieldTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Query = """
        query($id: ID!) {
          kampungKb(id: $id) {
            name
            profiles(order: [{ period: DESC }], first: 1) { period hasPlkb plkbName plkbContact }
          }
        }
        """;

    // The first Kampung KB (by id) whose current profile names its PLKB, with that name and contact.
    private async Task<(int Id, string Name, string Contact)> WithPlkbAsync()
    {
        // The hub migrates and seeds its database as it starts.
        hub.CreateClient().Dispose();
        await using var db = hub.OpenDatabase();
        var current = await db.ProfileSnapshots.AsNoTracking()
            .Where(p => p.Period == db.ProfileSnapshots.Where(q => q.KampungKbId == p.KampungKbId).Max(q => q.Period) && p.PlkbName != null)
            .OrderBy(p => p.KampungKbId).FirstAsync();
        return (current.KampungKbId, current.PlkbName!, current.PlkbContact!);
    }

    private static async Task<(HttpStatusCode Status, JsonNode Body)> AskAsync(HttpClient client, int id)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query = Query, variables = new { id = id.ToString() } });
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    public static TheoryData<string> BelowAnalyst => ["anonymous", nameof(HubRole.Viewer)];

    [Theory(DisplayName = "Anonymous and viewer get null PLKB name and contact, an AUTH_NOT_AUTHORIZED error at each field's path, and the rest")]
    [MemberData(nameof(BelowAnalyst))]
    public async Task Below_analyst_gets_null_and_an_error_per_field(string caller)
    {
        var (id, _, _) = await WithPlkbAsync();
        var client = caller == "anonymous" ? hub.CreateClient() : await hub.ClientWithKeyAsync(HubRole.Viewer);

        var (status, body) = await AskAsync(client, id);

        Assert.Equal(HttpStatusCode.OK, status);
        var profile = body["data"]!["kampungKb"]!["profiles"]![0]!;
        Assert.False(string.IsNullOrEmpty((string?)body["data"]!["kampungKb"]!["name"]));
        Assert.True((bool)profile["hasPlkb"]!);
        Assert.Null(profile["plkbName"]);
        Assert.Null(profile["plkbContact"]);
        var errors = body["errors"]!.AsArray();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal("AUTH_NOT_AUTHORIZED", (string)e!["extensions"]!["code"]!));
        Assert.Equal(["kampungKb/profiles/0/plkbContact", "kampungKb/profiles/0/plkbName"],
            errors.Select(e => string.Join('/', e!["path"]!.AsArray().Select(p => p!.ToString()))).Order(StringComparer.Ordinal));
        Assert.All(errors, e => Assert.Contains("analyst", (string)e!["message"]!));
    }

    [Theory(DisplayName = "Analyst, partner, editor and admin get the PLKB's name and contact")]
    [InlineData(HubRole.Analyst)]
    [InlineData(HubRole.Partner)]
    [InlineData(HubRole.Editor)]
    [InlineData(HubRole.Admin)]
    public async Task Analyst_and_above_get_the_values(HubRole role)
    {
        var (id, name, contact) = await WithPlkbAsync();

        var (status, body) = await AskAsync(await hub.ClientWithKeyAsync(role), id);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(body["errors"]);
        var profile = body["data"]!["kampungKb"]!["profiles"]![0]!;
        Assert.Equal(name, (string)profile["plkbName"]!);
        Assert.Equal(contact, (string)profile["plkbContact"]!);
    }

    [Fact(DisplayName = "A viewer's response with PLKB fields keeps its shape: data with nulls, one coded error per field (snapshot)")]
    public async Task Viewer_response_snapshot()
    {
        var (id, _, _) = await WithPlkbAsync();

        var (status, body) = await AskAsync(await hub.ClientWithKeyAsync(HubRole.Viewer), id);

        Snapshot.Match(new { Status = (int)status, Body = Newtonsoft.Json.Linq.JToken.Parse(body.ToJsonString()) });
    }

    [Fact(DisplayName = "The same document (cached after an analyst ran it) still withholds the PLKB fields from a viewer: the check runs per caller, not per document")]
    public async Task Cached_document_is_checked_per_caller()
    {
        var (id, name, _) = await WithPlkbAsync();

        var (_, analyst) = await AskAsync(await hub.ClientWithKeyAsync(HubRole.Analyst), id);
        var (_, viewer) = await AskAsync(await hub.ClientWithKeyAsync(HubRole.Viewer), id);
        var (_, again) = await AskAsync(await hub.ClientWithKeyAsync(HubRole.Analyst), id);

        Assert.Equal(name, (string)analyst["data"]!["kampungKb"]!["profiles"]![0]!["plkbName"]!);
        Assert.Null(viewer["data"]!["kampungKb"]!["profiles"]![0]!["plkbName"]);
        Assert.Equal(2, viewer["errors"]!.AsArray().Count);
        Assert.Equal(name, (string)again["data"]!["kampungKb"]!["profiles"]![0]!["plkbName"]!);
    }

    [Fact(DisplayName = "Aliases and fragments do not get round the rule: every occurrence of a PLKB field in a list answers null with its own error")]
    public async Task Aliases_and_fragments_are_checked()
    {
        var body = await (await hub.ClientWithKeyAsync(HubRole.Viewer)).GraphQLAsync("""
            { kampungKbs(first: 3) { nodes { id profiles(first: 2) { ...P who: plkbName } } } }
            fragment P on KampungKbProfile { period contact: plkbContact }
            """);

        var profiles = body["data"]!["kampungKbs"]!["nodes"]!.AsArray().SelectMany(k => k!["profiles"]!.AsArray()).ToList();
        Assert.NotEmpty(profiles);
        Assert.All(profiles, p => Assert.Null(p!["who"]));
        Assert.All(profiles, p => Assert.Null(p!["contact"]));
        Assert.All(profiles, p => Assert.NotNull(p!["period"]));
        var errors = body["errors"]!.AsArray();
        Assert.Equal(2 * profiles.Count, errors.Count);
        Assert.All(errors, e => Assert.Equal("AUTH_NOT_AUTHORIZED", (string)e!["extensions"]!["code"]!));
        Assert.All(errors, e => Assert.Contains((string)e!["path"]!.AsArray().Last()!, new[] { "who", "contact" }));
    }

    [Theory(DisplayName = "Every role reads the same non-sensitive data; anonymous reads as a viewer")]
    [InlineData(null)]
    [InlineData(HubRole.Viewer)]
    [InlineData(HubRole.Analyst)]
    [InlineData(HubRole.Partner)]
    [InlineData(HubRole.Editor)]
    [InlineData(HubRole.Admin)]
    public async Task Every_role_reads(HubRole? role)
    {
        var client = role is { } r ? await hub.ClientWithKeyAsync(r) : hub.CreateClient();

        var data = await client.DataAsync("""{ kampungKbs { totalCount } province(code: "51") { stats { kampungKbCount } } programs { totalCount } }""");

        Assert.Equal(646, (int)data["kampungKbs"]!["totalCount"]!);
        Assert.Equal(646, (int)data["province"]!["stats"]!["kampungKbCount"]!);
        Assert.True((int)data["programs"]!["totalCount"]! > 0);
    }
}
