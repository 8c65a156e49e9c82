using System.Net;
using System.Net.Http.Headers;
using KampungKB.Graph.Data.Partners;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KampungKB.Graph.Server.Tests.Partners;

public sealed class ApiKeyTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Count = "{ kampungKbs { totalCount } }";

    [Fact(DisplayName = "A valid key reads; an unknown key gets 401 AUTH_INVALID_KEY with WWW-Authenticate: Bearer, not anonymous access")]
    public async Task Keys_are_checked()
    {
        var valid = await hub.ClientWithKeyAsync(HubRole.Viewer);
        Assert.Equal(646, (int)(await valid.DataAsync(Count))["kampungKbs"]!["totalCount"]!);

        var unknown = hub.CreateClient();
        unknown.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "kkb_not-a-key");
        using var response = await unknown.PostAsync("/graphql", new StringContent("""{"query":"{ __typename }"}""", System.Text.Encoding.UTF8, "application/json"));
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("AUTH_INVALID_KEY", (string)body["errors"]![0]!["extensions"]!["code"]!);
    }

    [Fact(DisplayName = "With Auth:AllowAnonymous false a request without a key gets 401 AUTH_NOT_AUTHENTICATED; with a key it is served")]
    public async Task Anonymous_access_can_be_switched_off()
    {
        using var closed = hub.WithWebHostBuilder(b => b.UseSetting("Auth:AllowAnonymous", "false"));
        var anonymous = await closed.CreateClient().GraphQLAsync("{ __typename }", expectSuccess: false);
        var keyed = closed.CreateClient();
        keyed.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await hub.CreateKeyAsync(HubRole.Viewer));

        Assert.Equal("AUTH_NOT_AUTHENTICATED", (string)anonymous["errors"]![0]!["extensions"]!["code"]!);
        Assert.Equal("Query", (string)(await keyed.DataAsync("{ __typename }"))["__typename"]!);
    }

    [Fact(DisplayName = "A key scoped to 51.01 counts Jembrana's 51 Kampung KB, not Bali's 646")]
    public async Task Scope_narrows_lists()
    {
        var jembrana = await hub.ClientWithKeyAsync(HubRole.Viewer, scope: "51.01");
        Assert.Equal(51, (int)(await jembrana.DataAsync(Count))["kampungKbs"]!["totalCount"]!);
    }
}
