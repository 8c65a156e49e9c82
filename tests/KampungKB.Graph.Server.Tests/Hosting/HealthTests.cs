using System.Net;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Server.Tests.Hosting;

/// <summary>/healthz says the process is up; /readyz that the database answers and is migrated.</summary>
public sealed class HealthTests : IAsyncLifetime
{
    private readonly HubFactory _hub = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact(DisplayName = "A started hub is live and ready")]
    public async Task Started_hub_is_ready()
    {
        var client = _hub.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        var ready = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact(DisplayName = "A database with a migration not applied makes /readyz 503 while /healthz stays 200")]
    public async Task Unmigrated_database_is_not_ready()
    {
        var client = _hub.CreateClient();
        await using (var db = _hub.OpenDatabase())
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsHistory\"");
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/readyz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }
}
