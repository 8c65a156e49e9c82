using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using KampungKB.Graph.Data.Partners;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KampungKB.Graph.Server.Tests.Partners;

/// <summary>The corners of <c>Authorization</c>: revoked keys, keys sent twice, malformed headers, other schemes.</summary>
public sealed class AuthenticationTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Count = """{"query":"{ kampungKbs { totalCount } }"}""";

    private async Task<(HttpStatusCode Status, JsonNode Body, HttpResponseMessage Response)> SendAsync(HttpClient client, params string[] authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(Count, Encoding.UTF8, "application/json") };
        request.Headers.Add("Accept", "application/graphql-response+json");
        if (authorization.Length > 0) Assert.True(request.Headers.TryAddWithoutValidation("Authorization", authorization));
        var response = await client.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!, response);
    }

    private static void AssertInvalidKey(HttpStatusCode status, JsonNode body, HttpResponseMessage response, string? messageMentions = null)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Null(body["data"]);
        var error = body["errors"]!.AsArray().Single()!;
        Assert.Equal("AUTH_INVALID_KEY", (string)error["extensions"]!["code"]!);
        if (messageMentions is not null) Assert.Contains(messageMentions, (string)error["message"]!);
    }

    [Fact(DisplayName = "API keys need no ASP.NET Core data protection: the hub registers none, so a new replica writes no key ring and loads no XML stack")]
    public void No_data_protection()
    {
        Assert.Null(hub.Services.GetService<IDataProtectionProvider>());
        Assert.NotNull(hub.Services.GetService<IAuthenticationSchemeProvider>());
    }

    [Fact(DisplayName = "A revoked key is refused at its next request (401 AUTH_INVALID_KEY), though it worked a moment before")]
    public async Task Revoked_key_is_refused()
    {
        var client = hub.CreateClient();
        var secret = await hub.CreateKeyAsync(HubRole.Analyst, name: "to-revoke");
        var (before, _, _) = await SendAsync(client, "Bearer " + secret);

        await using (var db = hub.OpenDatabase())
            await db.ApiKeys.Where(k => k.Name == "to-revoke").ExecuteUpdateAsync(k => k.SetProperty(x => x.RevokedAt, DateTime.UtcNow));
        var (status, body, response) = await SendAsync(client, "Bearer " + secret);

        Assert.Equal(HttpStatusCode.OK, before);
        AssertInvalidKey(status, body, response, "revoked");
    }

    [Fact(DisplayName = "A revoked key is 401 AUTH_INVALID_KEY also where anonymous access is off (not AUTH_NOT_AUTHENTICATED)")]
    public async Task Revoked_key_without_anonymous_access()
    {
        var secret = await hub.CreateKeyAsync(HubRole.Viewer, name: "revoked-closed");
        await using (var db = hub.OpenDatabase())
            await db.ApiKeys.Where(k => k.Name == "revoked-closed").ExecuteUpdateAsync(k => k.SetProperty(x => x.RevokedAt, DateTime.UtcNow));
        using var closed = hub.WithWebHostBuilder(b => b.UseSetting("Auth:AllowAnonymous", "false"));

        var (status, body, response) = await SendAsync(closed.CreateClient(), "Bearer " + secret);

        AssertInvalidKey(status, body, response);
    }

    [Fact(DisplayName = "The same valid key sent in two Authorization headers is 401 AUTH_INVALID_KEY: one header, one key")]
    public async Task Key_sent_twice_is_refused()
    {
        var secret = await hub.CreateKeyAsync(HubRole.Viewer);
        var other = await hub.CreateKeyAsync(HubRole.Admin);
        var client = hub.CreateClient();

        var twice = await SendAsync(client, "Bearer " + secret, "Bearer " + secret);
        var two = await SendAsync(client, "Bearer " + secret, "Bearer " + other);
        // One header line holding both keys, as a proxy folding the two lines would send them.
        var folded = await SendAsync(client, $"Bearer {secret}, Bearer {other}");

        AssertInvalidKey(twice.Status, twice.Body, twice.Response, "one Authorization header");
        AssertInvalidKey(two.Status, two.Body, two.Response, "one Authorization header");
        AssertInvalidKey(folded.Status, folded.Body, folded.Response);
    }

    public static TheoryData<string> Malformed => new()
    {
        "Bearer",
        "Bearer ",
        "Bearer      ",
        "Basic dXNlcjpwYXNzd29yZA==",
        "Digest username=\"admin\", realm=\"hub\"",
        "Token kkb_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "kkb_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "Bearer kkb_",
        "Bearer kkb_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "Bearer kkb_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "Bearer ' OR '1'='1",
        "Bearer null",
        "Bearer " + new string('A', 10_000),
    };

    [Theory(DisplayName = "A malformed or unknown Authorization header is 401 AUTH_INVALID_KEY with WWW-Authenticate: Bearer, never anonymous access")]
    [MemberData(nameof(Malformed))]
    public async Task Malformed_header_is_refused(string authorization)
    {
        var (status, body, response) = await SendAsync(hub.CreateClient(), authorization);

        AssertInvalidKey(status, body, response);
    }

    [Fact(DisplayName = "A valid key with anything after it is refused; the scheme name is case-insensitive (RFC 9110) and surrounding spaces are ignored")]
    public async Task Key_must_stand_alone()
    {
        var secret = await hub.CreateKeyAsync(HubRole.Viewer, scope: "51.01");
        var client = hub.CreateClient();

        var trailing = await SendAsync(client, $"Bearer {secret} extra");
        var glued = await SendAsync(client, $"Bearer {secret}{secret}");
        var lower = await SendAsync(client, $"bearer {secret}");
        var spaced = await SendAsync(client, $"Bearer   {secret}  ");

        AssertInvalidKey(trailing.Status, trailing.Body, trailing.Response);
        AssertInvalidKey(glued.Status, glued.Body, glued.Response);
        Assert.Equal(51, (int)lower.Body["data"]!["kampungKbs"]!["totalCount"]!);
        Assert.Equal(51, (int)spaced.Body["data"]!["kampungKbs"]!["totalCount"]!);
    }

    [Fact(DisplayName = "A 401 reveals nothing: no data, no extensions beyond the code, whatever the request asked")]
    public async Task Refusal_reveals_nothing()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ kampungKbs { totalCount } }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer kkb_not-a-key");
        request.Headers.Add("GraphQL-Diagnostics", "sql");

        using var response = await hub.CreateClient().SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(["errors"], body.Select(p => p.Key));
    }
}
