using System.Data.Common;
using KampungKB.Graph.Data;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace KampungKB.Graph.Server.Tests.Hosting;

/// <summary>
/// A query's statements share one connection open (EF Core alone opens and closes it around each); on SQLite the
/// connection stays open from request to request, keeping its statements prepared.
/// </summary>
public sealed class QueryConnectionTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Fact(DisplayName = "A query of four levels runs its statements on one connection, opened once (on SQLite left open by the request before)")]
    public async Task One_open_per_query()
    {
        var opens = new OpenCounter();
        using var counted = hub.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IInterceptor>(opens)));
        var client = counted.CreateClient();
        await client.DataAsync("{ __typename }");

        var before = opens.Count;
        var (_, statements) = await client.DataWithSqlAsync("""{ province(code: "51") { regencies { districts { villages(first: 2) { code } } } } }""");

        Assert.True(statements.Count >= 4, $"{statements.Count} statements");
        Assert.Equal(hub.Database.Provider == DatabaseProvider.Sqlite ? 0 : 1, opens.Count - before);
    }

    private sealed class OpenCounter : DbConnectionInterceptor
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return Task.CompletedTask;
        }

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Interlocked.Increment(ref _count);
    }
}
