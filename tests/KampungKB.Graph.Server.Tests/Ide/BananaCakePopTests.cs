using System.Net;
using System.Text.Json.Nodes;
using KampungKB.Graph.Server.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KampungKB.Graph.Server.Tests.Ide;

/// <summary>Banana Cake Pop at /graphql/: who is sent there, what it is served, and how it is configured.</summary>
public sealed class BananaCakePopTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    // Redirects are the subject here, so the client must not follow them.
    private HttpClient Client() => hub.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static bool IdeInstalled => Directory.Exists(Path.Combine(ClientAppFiles.Root, "ide"));

    [Theory(DisplayName = "GET and HEAD /graphql with Accept naming text/html are 302 to /graphql/ with Vary: Accept")]
    [InlineData("GET", "text/html")]
    [InlineData("GET", BrowserAccept)]
    [InlineData("HEAD", "text/html")]
    [InlineData("HEAD", BrowserAccept)]
    public async Task Browser_is_redirected_to_the_ide(string method, string accept)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/graphql");
        request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await Client().SendAsync(request);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/graphql/", response.Headers.Location?.OriginalString);
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Theory(DisplayName = "A GET whose Accept does not name text/html (*/*, text/html;q=0) stays a GraphQL request")]
    [InlineData("*/*")]
    [InlineData("text/html;q=0, application/json")]
    public async Task Non_browser_get_is_graphql(string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await Client().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept", response.Headers.Vary);
        Assert.Equal("Query", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["__typename"]!.GetValue<string>());
    }

    [Fact(DisplayName = "A GraphQL GET to /graphql/ (with a query) is still answered as GraphQL, not with the IDE")]
    public async Task Slash_with_a_query_is_graphql()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql/?query=%7B__typename%7D");
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        using var response = await Client().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact(DisplayName = "/graphql/ serves the IDE's index.html, or a page saying how to install it when the build had no npm")]
    public async Task Slash_serves_the_ide()
    {
        using var response = await Client().GetAsync("/graphql/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        if (IdeInstalled)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("<title>Banana Cake Pop</title>", html);
            Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        }
        else
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("npm", html);
        }
    }

    [Fact(DisplayName = "bcp-config.json uses the page's URL as endpoint and disables telemetry")]
    public async Task Config_points_at_the_page_and_disables_telemetry()
    {
        using var response = await Client().GetAsync("/graphql/bcp-config.json");
        var config = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(config["useBrowserUrlAsEndpoint"]!.GetValue<bool>());
        Assert.True(config["disableTelemetry"]!.GetValue<bool>());
        Assert.Null(config["gaTrackingId"]);
        Assert.Contains("query Bali", config["graphQLDocument"]!.GetValue<string>());
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
    }

    [Fact(DisplayName = "The IDE's licence (ChilliCream License 1.0) and its bundle are served beside it")]
    public async Task Licence_and_bundle_are_served()
    {
        if (!IdeInstalled) return; // the build had no npm; Slash_serves_the_ide checks the page that says so
        var client = Client();

        var licence = await client.GetStringAsync("/graphql/LICENSE");
        var manifest = JsonNode.Parse(await client.GetStringAsync("/graphql/asset-manifest.json"))!;
        using var bundle = await client.GetAsync("/graphql/" + manifest["files"]!["main.js"]!.GetValue<string>().TrimStart('.', '/'));

        Assert.Contains("ChilliCream License 1.0", licence);
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.Equal("text/javascript", bundle.Content.Headers.ContentType?.MediaType);
    }
}
