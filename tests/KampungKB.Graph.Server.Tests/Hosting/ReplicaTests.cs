using System.Net;
using System.Net.Http.Headers;
using KampungKB.Graph.Data.Partners;
using KampungKB.Graph.Server.Tests.Partners;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Server.Tests.Hosting;

/// <summary>Several hubs on one PostgreSQL database, as replicas behind a load balancer run.</summary>
public sealed class ReplicaTests
{
    [PostgresFact(DisplayName = "Two hubs started at once on one empty PostgreSQL database: one seeds, both serve the same data, and a change written beside one is read through the other")]
    public async Task Two_hubs_share_one_database()
    {
        using var database = TempDatabase.Create();
        await using var first = new HubFactory(database);
        await using var second = new HubFactory(database);

        // Each start migrates and seeds an empty database; started together, they take turns.
        var clients = await Task.WhenAll(Task.Run(first.CreateClient), Task.Run(second.CreateClient));
        const string Query = """{ kampungKbs(first: 1) { totalCount } province(code: "51") { name } }""";
        foreach (var client in clients)
        {
            var data = await client.DataAsync(Query);
            Assert.Equal(646, (int)data["kampungKbs"]!["totalCount"]!);
            Assert.Equal("Bali", (string)data["province"]!["name"]!);
        }

        // Nothing is cached in a hub's memory: a change made through the first hub's database is what the second serves.
        await using (var db = first.OpenDatabase())
        {
            Assert.Equal(1, await db.Provinces.Where(p => p.Code == "51").ExecuteUpdateAsync(s => s.SetProperty(p => p.Name, "Provinsi Bali")));
        }
        var after = await clients[1].DataAsync(Query);
        Assert.Equal("Provinsi Bali", (string)after["province"]!["name"]!);
    }

    [PostgresFact(DisplayName = "Two hubs on one PostgreSQL database: a key created beside one works on both; revoked, it fails on both at once")]
    public async Task Keys_are_shared_by_replicas()
    {
        using var database = TempDatabase.Create();
        await using var first = new HubFactory(database);
        await using var second = new HubFactory(database);
        var clients = new[] { first.CreateClient(), second.CreateClient() };
        var secret = await first.CreateKeyAsync(HubRole.Viewer, scope: "51.01", name: "replica-key");
        foreach (var client in clients) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);

        foreach (var client in clients)
            Assert.Equal(51, (int)(await client.DataAsync("{ kampungKbs { totalCount } }"))["kampungKbs"]!["totalCount"]!);

        await using (var db = second.OpenDatabase())
        {
            Assert.Equal(1, await db.ApiKeys.Where(k => k.Name == "replica-key").ExecuteUpdateAsync(s => s.SetProperty(k => k.RevokedAt, DateTime.UtcNow)));
        }
        foreach (var client in clients)
        {
            using var response = await client.PostAsync("/graphql", new StringContent("""{"query":"{ __typename }"}""", System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    [PostgresFact(DisplayName = "Two hubs on one PostgreSQL database: a view saved through one is served by the other, as CSV too")]
    public async Task Views_are_shared_by_replicas()
    {
        using var database = TempDatabase.Create();
        await using var first = new HubFactory(database);
        await using var second = new HubFactory(database);
        var admin = await first.ClientWithKeyAsync(HubRole.Admin);
        const string Save = "mutation($input: SaveViewInput!) { saveView(input: $input) { view { name } errors { code message } } }";
        const string Document = "query($code: String! = \"51.01\") { regencies(where: { code: { eq: $code } }) { nodes { code name } } }";

        var saved = (await admin.DataAsync(Save, new { input = new { name = "replica-view", document = Document } }))["saveView"]!;
        using var csv = await second.CreateClient().GetAsync("/views/replica-view?format=csv&code=51.02");

        Assert.Empty(saved["errors"]!.AsArray());
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("code,name\r\n51.02,Kabupaten Tabanan\r\n", await csv.Content.ReadAsStringAsync());
    }
}
