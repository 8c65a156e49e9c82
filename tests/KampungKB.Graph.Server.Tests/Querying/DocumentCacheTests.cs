using GraphQL.DI;
using KampungKB.Graph.Server.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KampungKB.Graph.Server.Tests.Querying;

/// <summary>Repeated documents are parsed and validated once; what depends on the request still is checked each time.</summary>
public sealed class DocumentCacheTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private ValidatedDocumentCache Cache => hub.Services.GetServices<IConfigureExecution>().OfType<ValidatedDocumentCache>().Single();

    [Fact(DisplayName = "A valid document is cached once and reused, with the same answer")]
    public async Task Valid_document_is_cached_once()
    {
        var client = hub.CreateClient();
        const string query = "query CacheProbe($code: String!) { regency(code: $code) { name } }";
        var before = Cache.Count;

        var first = await client.DataAsync(query, new { code = "51.01" });
        var afterFirst = Cache.Count;
        var second = await client.DataAsync(query, new { code = "51.02" });

        Assert.Equal(before + 1, afterFirst);
        Assert.Equal(afterFirst, Cache.Count);
        Assert.Equal("Kabupaten Jembrana", (string)first["regency"]!["name"]!);
        Assert.Equal("Kabupaten Tabanan", (string)second["regency"]!["name"]!);
    }

    [Fact(DisplayName = "A cached document still gets its variables checked")]
    public async Task Cached_document_still_checks_variables()
    {
        var client = hub.CreateClient();
        const string query = "query VariableProbe($code: String!) { district(code: $code) { name } }";
        await client.DataAsync(query, new { code = "51.01.01" });

        var body = await client.GraphQLAsync(query, new { code = new[] { 1, 2 } }, expectSuccess: false);

        Assert.Equal("INVALID_VARIABLES", (string)body["errors"]![0]!["extensions"]!["code"]!);
    }

    [Fact(DisplayName = "A small document is charged 2,000 characters, so GraphQL:DocumentCacheChars bounds how many documents are kept")]
    public async Task Small_documents_count_against_the_limit()
    {
        await using var small = hub.WithWebHostBuilder(b => b.UseSetting("GraphQL:DocumentCacheChars", "4000"));
        var client = small.CreateClient();
        var cache = small.Services.GetServices<IConfigureExecution>().OfType<ValidatedDocumentCache>().Single();

        for (var i = 0; i < 5; i++) await client.DataAsync($"query Small{i} {{ regency(code: \"51.01\") {{ name }} }}");

        Assert.InRange(cache.Count, 1, 2);
    }

    [Fact(DisplayName = "An invalid document is not cached")]
    public async Task Invalid_document_is_not_cached()
    {
        var before = Cache.Count;

        var body = await hub.CreateClient().GraphQLAsync("{ regency(code: \"51.01\") { noSuchField } }", expectSuccess: false);

        Assert.NotNull(body["errors"]);
        Assert.Equal(before, Cache.Count);
    }
}
