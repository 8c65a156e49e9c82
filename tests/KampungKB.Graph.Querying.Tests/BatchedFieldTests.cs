using KampungKB.Graph.Querying.Tests.Library;

namespace KampungKB.Graph.Querying.Tests;

/// <summary>Computed fields on <c>BatchedField</c> and <c>FilterArgument</c>: one statement for all parents, the lists' filter.</summary>
[Collection(LibraryCollection.Name)]
public sealed class BatchedFieldTests(LibraryFixture library)
{
    [Theory(DisplayName = "A batched count with a where equals the length of the filtered list, for every parent, in one statement")]
    [InlineData(null)]
    [InlineData("""{ "year": { "gte": 1990 } }""")]
    [InlineData("""{ "or": [ { "title": { "contains": "a" } }, { "genre": { "eq": "POETRY" } } ] }""")]
    public async Task Count_agrees_with_the_list(string? filter)
    {
        var where = filter == null ? null : System.Text.Json.Nodes.JsonNode.Parse(filter);
        var (response, sql) = await library.RunAsync("""
            query($where: BookFilterInput) { authors(first: 1000) { nodes { id bookCount(where: $where) books(where: $where) { id } } } }
            """, new { where });

        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        var authors = response.GetProperty("data").GetProperty("authors").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(library.Authors.Count, authors.Count);
        Assert.All(authors, a => Assert.Equal(a.GetProperty("books").GetArrayLength(), a.GetProperty("bookCount").GetInt32()));
        Assert.Single(sql, s => s.Sql.Contains("GROUP BY", StringComparison.Ordinal));
    }
}
