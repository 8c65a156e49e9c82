using KampungKB.Graph.Querying.Diagnostics;
using KampungKB.Graph.Querying.Tests.Library;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KampungKB.Graph.Querying.Tests;

/// <summary>Every query shape the engine produces translates on PostgreSQL (Npgsql 10) too, without a server.</summary>
[Collection(LibraryCollection.Name)]
public sealed class PostgreSqlTranslationTests(LibraryFixture library) : IDisposable
{
    private const string Order = "order: [{ mentor: { rating: DESC } }, { country: ASC }]";

    private readonly ServiceProvider _services = LibraryFixture.BuildServices(o => o.UseNpgsql("Host=no-server;Database=none")
        .AddInterceptors(new NoDatabaseInterceptor(), SqlCaptureInterceptor.Instance));

    public void Dispose() => _services.Dispose();

    [Fact(DisplayName = "Filters, orders, nested filters and three nested levels translate on PostgreSQL, one statement per level")]
    public async Task Everything_translates()
    {
        using var sql = SqlStatementCollector.Begin();
        var response = await LibraryFixture.ExecuteAsync(_services, """
            query {
              authors(first: 2,
                where: { name: { startsWith: "al", nendsWith: "x", icontains: "A", in: ["a", null] }, rating: { ngt: 3 }, born: { lt: "1990-01-01" },
                         genre: { nin: [POETRY] }, mentor: { country: { eq: null } }, or: [{ active: { eq: true } }, { books: { all: { year: { gte: 1990 } } } }] },
                order: [{ mentor: { rating: DESC } }, { country: ASC }]) {
                nodes { id books(first: 2, where: { reviews: { some: { stars: { gt: 3 } } } }, order: [{ year: DESC }]) { id reviews { id book { id } } } }
              }
            }
            """);
        Assert.False(response.TryGetProperty("errors", out _), response.ToString());
        var statements = sql.Statements.Select(s => s.Sql).ToList();
        Assert.Equal(4, statements.Count);
        Assert.DoesNotContain(statements, s => s.Contains("LIKE", StringComparison.Ordinal));
        Assert.Contains("= ANY (", statements[1]);
        Assert.Contains("LIMIT", statements[1]);
    }

    [Fact(DisplayName = "A keyset page over a nullable nested key translates on PostgreSQL")]
    public async Task Keyset_translates()
    {
        // The cursor comes from the SQLite run of the same order: cursors depend on the order, not the database.
        var first = await library.DataAsync($"{{ authors(first: 2, {Order}) {{ pageInfo {{ endCursor }} }} }}");
        var cursor = first.GetProperty("authors").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        using var sql = SqlStatementCollector.Begin();
        var page = await LibraryFixture.ExecuteAsync(_services, $"query($c: String) {{ authors(first: 2, after: $c, {Order}) {{ nodes {{ id }} }} }}", new { c = cursor });
        Assert.False(page.TryGetProperty("errors", out _), page.ToString());
        Assert.Contains("IS NULL", sql.Statements.Single().Sql);
    }
}
