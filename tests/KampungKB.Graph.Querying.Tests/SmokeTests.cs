using KampungKB.Graph.Querying.Tests.Library;

namespace KampungKB.Graph.Querying.Tests;

[Collection(LibraryCollection.Name)]
public sealed class SmokeTests(LibraryFixture library)
{
    [Fact(DisplayName = "A root connection returns nodes, edges, pageInfo and totalCount")]
    public async Task Connection_basics()
    {
        var data = await library.DataAsync("""
            { authors(first: 3, where: { name: { startsWith: "al" } }, order: [{ name: ASC }]) {
                totalCount nodes { id name books { title reviews { stars } } mentor { name } }
                edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }
            """);
        Assert.Equal(3, data.GetProperty("authors").GetProperty("nodes").GetArrayLength());
    }
}
