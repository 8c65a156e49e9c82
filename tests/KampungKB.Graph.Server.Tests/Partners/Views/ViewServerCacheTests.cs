using System.Net;
using KampungKB.Graph.Data.Partners;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Server.Tests.Partners.Views;

/// <summary>
/// The hub's output cache for views: what it keeps, for how long, and what still runs for a cached answer. Changes are
/// written straight to the database, as an import from another process or another replica would.
/// </summary>
public sealed class ViewServerCacheTests(HubFactory hub) : IClassFixture<HubFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => hub.SaveViewAsync("by-district", TestViews.ByDistrict);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact(DisplayName = "A view's answer is kept for Views:ServerCacheSeconds: a change written outside the hub shows once it expires")]
    public async Task Answer_is_kept_until_it_expires()
    {
        using var hub1s = hub.WithWebHostBuilder(b => b.UseSetting("Views:ServerCacheSeconds", "1"));
        var client = hub1s.CreateClient();
        var first = await client.GetStringAsync("/views/by-district?district=51.01.04&format=csv");
        var fetchedAt = DateTime.UtcNow;
        await RenameAsync("Kampung KB Desa Jembrana 4-01", "Kampung KB Desa Jembrana 4-01 (imported)");

        var cached = await client.GetStringAsync("/views/by-district?district=51.01.04&format=csv");
        await Task.Delay(fetchedAt.AddSeconds(1.5) - DateTime.UtcNow is { Ticks: > 0 } wait ? wait : TimeSpan.Zero);
        var expired = await client.GetStringAsync("/views/by-district?district=51.01.04&format=csv");

        Assert.Equal(first, cached);
        Assert.DoesNotContain("(imported)", cached);
        Assert.Contains("Kampung KB Desa Jembrana 4-01 (imported)", expired);
    }

    [Fact(DisplayName = "Views:ServerCacheSeconds=0 turns the cache off: the next request sees a change written outside the hub")]
    public async Task Zero_turns_the_cache_off()
    {
        using var uncached = hub.WithWebHostBuilder(b => b.UseSetting("Views:ServerCacheSeconds", "0"));
        var client = uncached.CreateClient();
        await client.GetStringAsync("/views/by-district?district=51.01.02&format=csv");
        await RenameAsync("Kampung KB Desa Jembrana 2-01", "Kampung KB Desa Jembrana 2-01 (imported)");

        Assert.Contains("(imported)", await client.GetStringAsync("/views/by-district?district=51.01.02&format=csv"));
    }

    [Fact(DisplayName = "A key revoked outside the hub is refused at once, though its answer is cached")]
    public async Task Revoked_key_is_refused_despite_the_cache()
    {
        var secret = await hub.CreateKeyAsync(HubRole.Viewer, name: "cached-then-revoked");
        var client = hub.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        using var before = await client.GetAsync("/views/by-district?district=51.01.01&format=csv");
        await using (var db = hub.OpenDatabase())
            await db.ApiKeys.Where(k => k.Name == "cached-then-revoked").ExecuteUpdateAsync(k => k.SetProperty(x => x.RevokedAt, DateTime.UtcNow));

        var (status, code, _) = await TestViews.ErrorOf(await client.GetAsync("/views/by-district?district=51.01.01&format=csv"));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal((401, "AUTH_INVALID_KEY"), (status, code));
    }

    [Fact(DisplayName = "A view replaced through the hub answers with its new document at once")]
    public async Task Replaced_view_is_not_served_from_the_cache()
    {
        await hub.SaveViewAsync("count-of-district", "query($district: String!) { kampungKbs(where: { village: { districtCode: { eq: $district } } }) { totalCount } }");
        var client = hub.CreateClient();
        var before = await client.GetStringAsync("/views/count-of-district?district=51.01.05&format=csv");
        await hub.SaveViewAsync("count-of-district", "query($district: String!) { kampungKbs(where: { village: { districtCode: { eq: $district } } }) { totalCount pageInfo { hasNextPage } } }");

        var after = await client.GetStringAsync("/views/count-of-district?district=51.01.05&format=csv");

        Assert.DoesNotContain("hasNextPage", before);
        Assert.Contains("hasNextPage", after);
    }

    [Fact(DisplayName = "A view replaced with other variables takes the new ones at once: its parsed variables are kept by its text, not its name")]
    public async Task Replaced_view_takes_its_new_variables()
    {
        await hub.SaveViewAsync("count-of-place", "query($district: String!) { kampungKbs(where: { village: { districtCode: { eq: $district } } }) { totalCount } }");
        var client = hub.CreateClient();
        using var before = await client.GetAsync("/views/count-of-place?district=51.01.05&format=csv");
        await hub.SaveViewAsync("count-of-place", "query($village: String!) { kampungKbs(where: { villageCode: { eq: $village } }) { totalCount } }");

        var (status, code, message) = await TestViews.ErrorOf(await client.GetAsync("/views/count-of-place?district=51.01.05&format=csv"));
        var after = await client.GetStringAsync("/views/count-of-place?village=51.01.05.2001&format=csv");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal((400, "INVALID_VARIABLES"), (status, code));
        Assert.Contains("$village: String!", message);
        Assert.Equal("kampungKbs.totalCount\r\n1\r\n", after);
    }

    [Theory(DisplayName = "A request differing from a cached one only in letter case gets the answer the hub gives it without the cache")]
    [InlineData("/views/BY-DISTRICT?district=51.01.03&format=csv")]
    [InlineData("/views/by-district?DISTRICT=51.01.03&format=csv")]
    public async Task Letter_case_is_not_folded(string url)
    {
        using var uncached = hub.WithWebHostBuilder(b => b.UseSetting("Views:ServerCacheSeconds", "0"));
        using var expected = await uncached.CreateClient().GetAsync(url);
        var client = hub.CreateClient();
        using var cached = await client.GetAsync("/views/by-district?district=51.01.03&format=csv");

        using var answer = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        Assert.Equal(expected.StatusCode, answer.StatusCode);
        Assert.Equal(await expected.Content.ReadAsStringAsync(), await answer.Content.ReadAsStringAsync());
    }

    private async Task RenameAsync(string name, string newName)
    {
        await using var db = hub.OpenDatabase();
        Assert.Equal(1, await db.KampungKbs.Where(k => k.Name == name).ExecuteUpdateAsync(k => k.SetProperty(x => x.Name, newName)));
    }
}
