using System.Net;

namespace KampungKB.Graph.Server.Tests.Dashboard;

/// <summary>The reference dashboard's static files at /dashboard (its behaviour is tested in a browser: tests/e2e).</summary>
public sealed class DashboardPageTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Theory(DisplayName = "/dashboard and /dashboard/ serve the page")]
    [InlineData("/dashboard")]
    [InlineData("/dashboard/")]
    public async Task Dashboard_is_served(string path)
    {
        using var response = await hub.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Dasbor Kampung KB", await response.Content.ReadAsStringAsync());
    }

    [Fact(DisplayName = "The dashboard's scripts are served and speak only to /graphql")]
    public async Task Scripts_are_served()
    {
        using var response = await hub.CreateClient().GetAsync("/dashboard/hub.js");
        var script = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("fetch('/graphql'", script);
        Assert.DoesNotContain("://", script);
    }
}
