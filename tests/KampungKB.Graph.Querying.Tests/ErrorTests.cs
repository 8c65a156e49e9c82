using KampungKB.Graph.Querying.Tests.Library;

namespace KampungKB.Graph.Querying.Tests;

/// <summary>Client mistakes become errors with an <c>extensions.code</c>, never silent cuts.</summary>
[Collection(LibraryCollection.Name)]
public sealed class ErrorTests(LibraryFixture library)
{
    [Theory(DisplayName = "Bad paging arguments fail with a coded error")]
    [InlineData("{ authors(first: 1001) { nodes { id } } }", "PAGE_SIZE_TOO_LARGE")]
    [InlineData("{ authors(last: 5000) { nodes { id } } }", "PAGE_SIZE_TOO_LARGE")]
    [InlineData("{ authorPages(take: 1001) { items { id } } }", "PAGE_SIZE_TOO_LARGE")]
    [InlineData("{ smallAuthors(first: 11) { nodes { id } } }", "PAGE_SIZE_TOO_LARGE")]
    [InlineData("{ authors(first: 10) { nodes { books(first: 1001) { id } } } }", "PAGE_SIZE_TOO_LARGE")]
    [InlineData("{ authors(first: 1, after: \"not a cursor\") { nodes { id } } }", "INVALID_CURSOR")]
    [InlineData("{ authors(first: 1, before: \"WyJ4Il0\") { nodes { id } } }", "INVALID_CURSOR")]
    [InlineData("{ authors(after: \"not a cursor\") { totalCount } }", "INVALID_CURSOR")]
    [InlineData("{ authors(first: -1) { nodes { id } } }", "INVALID_PAGING_ARGUMENTS")]
    [InlineData("{ authors(first: 1, last: 1) { nodes { id } } }", "INVALID_PAGING_ARGUMENTS")]
    public async Task Coded_errors(string query, string code)
    {
        var (response, _) = await library.RunAsync(query);
        var error = response.GetProperty("errors")[0];
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact(DisplayName = "A cursor issued for one order is rejected for another")]
    public async Task Cursor_from_other_order()
    {
        var data = await library.DataAsync("{ authors(first: 1, order: [{ name: ASC }]) { pageInfo { endCursor } } }");
        var cursor = data.GetProperty("authors").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var (response, _) = await library.RunAsync("query($c: String) { authors(first: 1, after: $c, order: [{ country: ASC }]) { nodes { id } } }", new { c = cursor });
        Assert.Equal("INVALID_CURSOR", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact(DisplayName = "Defaults: 50 rows without first; per-field options override them")]
    public async Task Default_page_sizes()
    {
        var data = await library.DataAsync("{ authors { nodes { id } } smallAuthors { nodes { id } } }");
        Assert.Equal(50, data.GetProperty("authors").GetProperty("nodes").GetArrayLength());
        Assert.Equal(5, data.GetProperty("smallAuthors").GetProperty("nodes").GetArrayLength());
    }
}
