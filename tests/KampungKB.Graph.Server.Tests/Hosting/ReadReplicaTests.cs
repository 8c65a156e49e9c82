using System.Net;
using KampungKB.Graph.Data.Partners;
using KampungKB.Graph.Server.Tests.Partners;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using static KampungKB.Graph.Server.Tests.Mutations.MutationDocuments;

namespace KampungKB.Graph.Server.Tests.Hosting;

/// <summary>
/// <c>ConnectionStrings:KampungKbReplica</c>: queries read the replica; mutations, their payloads and API keys use the
/// primary. The replica here is a read-only copy that does not follow the primary, so each read shows where it went.
/// </summary>
public sealed class ReadReplicaTests
{
    private const string Province = """{ province(code: "51") { name } }""";

    [Fact(DisplayName = "With a read replica, queries read the replica (confined to a key's region there too), while keys are checked and mutations written and read back on the primary")]
    public async Task Queries_read_the_replica_and_mutations_the_primary()
    {
        using var primary = await SeededAsync();
        using var replica = primary.Copy();
        await using var hub = new HubFactory(primary) { ReplicaConnectionString = replica.ReadOnlyConnectionString };
        await using (var db = hub.OpenDatabase())
            await db.Provinces.Where(p => p.Code == "51").ExecuteUpdateAsync(s => s.SetProperty(p => p.Name, "Provinsi Bali"));

        // The key exists only on the primary: authentication reads it there.
        var editor = await hub.ClientWithKeyAsync(HubRole.Editor);
        var created = (await editor.SucceedAsync("createKampungKb", NewKampungKb(await hub.VillageOfAsync("51.01"), "Kampung KB Replika")))["kampungKb"]!;
        var found = await editor.DataAsync("""{ kampungKbs(where: { name: { eq: "Kampung KB Replika" } }) { totalCount } }""");

        Assert.Equal("Kampung KB Replika", (string)created["name"]!);
        Assert.Equal(0, (int)found["kampungKbs"]!["totalCount"]!);
        Assert.Equal("Bali", (string)(await editor.DataAsync(Province))["province"]!["name"]!);
        var jembrana = await hub.ClientWithKeyAsync(HubRole.Viewer, scope: "51.01");
        Assert.Equal(51, (int)(await jembrana.DataAsync("{ kampungKbs { totalCount } }"))["kampungKbs"]!["totalCount"]!);
        await using (var db = hub.OpenDatabase())
            Assert.Equal(1, await db.KampungKbs.CountAsync(k => k.Name == "Kampung KB Replika"));
        using var ready = await hub.CreateClient().GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact(DisplayName = "A nested list in a fragment that a query reads on the replica and a mutation on the primary answers on both: a compiled plan runs only on its own model's context")]
    public async Task A_fragment_shared_by_a_query_and_a_mutation_reads_both_databases()
    {
        using var primary = await SeededAsync();
        using var replica = primary.Copy();
        await using var hub = new HubFactory(primary) { ReplicaConnectionString = replica.ReadOnlyConnectionString };
        var editor = await hub.ClientWithKeyAsync(HubRole.Editor);
        const string Document = """
            fragment Programs on KampungKb { name programs { status program { code } } }
            query Read { kampungKbs(first: 2) { nodes { ...Programs } } }
            mutation Create($input: CreateKampungKbInput!) { createKampungKb(input: $input) { kampungKb { ...Programs } } }
            """;

        // The query's batches get their plans on the replica; the mutation's payload reads the same fields on the primary.
        for (var i = 0; i < 2; i++)
        {
            var read = await editor.GraphQLAsync(Document, operationName: "Read");
            Assert.True(read["errors"] is null, read.ToJsonString());
        }
        var created = await editor.GraphQLAsync(Document, new { input = NewKampungKb(await hub.VillageOfAsync("51.01"), "Kampung KB Fragmen") }, operationName: "Create");

        Assert.True(created["errors"] is null, created.ToJsonString());
        Assert.Equal("Kampung KB Fragmen", (string)created["data"]!["createKampungKb"]!["kampungKb"]!["name"]!);
        Assert.Empty(created["data"]!["createKampungKb"]!["kampungKb"]!["programs"]!.AsArray());
    }

    [Fact(DisplayName = "A read replica that does not answer makes /readyz 503, naming the replica, while /healthz stays 200")]
    public async Task An_unreachable_replica_is_not_ready()
    {
        using var primary = TempDatabase.Create();
        using var missing = TempDatabase.Create(create: false);
        await using var hub = new HubFactory(primary) { ReplicaConnectionString = missing.ReadOnlyConnectionString };
        var client = hub.CreateClient();

        using var ready = await client.GetAsync("/readyz");
        using var live = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [StandbyFact(DisplayName = "On a PostgreSQL hot standby as the read replica, the hub starts, is ready once the standby has replayed its migrations, and serves a write through the standby moments later")]
    public async Task A_hot_standby_serves_the_reads()
    {
        using var primary = TempDatabase.Create();
        var standby = new NpgsqlConnectionStringBuilder(StandbyFactAttribute.Server) { Database = new NpgsqlConnectionStringBuilder(primary.ConnectionString).Database };
        await using var hub = new HubFactory(primary) { ReplicaConnectionString = standby.ConnectionString };
        var editor = await hub.ClientWithKeyAsync(HubRole.Editor);
        await Eventually(async () => (await hub.CreateClient().GetAsync("/readyz")).StatusCode == HttpStatusCode.OK);

        await editor.SucceedAsync("createKampungKb", NewKampungKb(await hub.VillageOfAsync("51.01"), "Kampung KB Siaga"));

        await Eventually(async () => (int)(await editor.DataAsync("""{ kampungKbs(where: { name: { eq: "Kampung KB Siaga" } }) { totalCount } }"""))["kampungKbs"]!["totalCount"]! == 1);
        await using var connection = new NpgsqlConnection(standby.ConnectionString);
        await connection.OpenAsync();
        await using var inRecovery = new NpgsqlCommand("SELECT pg_is_in_recovery()", connection);
        Assert.True((bool)(await inRecovery.ExecuteScalarAsync())!);
    }

    // A database migrated and seeded by a hub that has stopped, so it can be copied.
    private static async Task<TempDatabase> SeededAsync()
    {
        var database = TempDatabase.Create();
        await using (var seeding = new HubFactory(database)) seeding.CreateClient().Dispose();
        return database;
    }

    // Replication is asynchronous: a standby shows a commit within milliseconds, not at once.
    private static async Task Eventually(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await condition()) return;
            await Task.Delay(100);
        }
        Assert.Fail("The standby did not catch up within 10 s.");
    }
}

/// <summary>A fact about a PostgreSQL hot standby of the suite's server, named by <c>KAMPUNGKB_TEST_POSTGRES_STANDBY</c>; skipped without one.</summary>
public sealed class StandbyFactAttribute : FactAttribute
{
    public const string Variable = "KAMPUNGKB_TEST_POSTGRES_STANDBY";

    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server ? server : null;

    public StandbyFactAttribute()
    {
        if (TempDatabase.SuiteProvider != Data.DatabaseProvider.Postgres || Server is null)
            Skip = $"Runs only against PostgreSQL with a hot standby ({TempDatabase.PostgresVariable} and {Variable} set).";
    }
}
