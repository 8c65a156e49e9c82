using KampungKB.Graph.Querying.Tests.Library;
using Xunit.Abstractions;

namespace KampungKB.Graph.Querying.Tests;

[Collection(LibraryCollection.Name)]
public sealed class DebugTests(LibraryFixture library, ITestOutputHelper output)
{
    [Fact]
    public async Task Dump()
    {
        var (response, sql) = await library.RunAsync(Environment.GetEnvironmentVariable("Q") ?? """
            { authors(first: 3, where: { name: { startsWith: "al" }, or: [{ country: { endsWith: "D" } }, { books: { some: { title: { contains: "eta" } } } }] }, order: [{ mentor: { name: DESC } }, { rating: ASC }]) {
                totalCount nodes { id name label books(first: 2, order: [{ year: DESC }]) { title reviews { stars } } mentor { name } }
                edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }
            """);
        output.WriteLine(response.ToString());
        foreach (var s in sql) output.WriteLine($"-- {s.Duration.TotalMilliseconds} ms\n{s.Sql}\n");
    }
}
