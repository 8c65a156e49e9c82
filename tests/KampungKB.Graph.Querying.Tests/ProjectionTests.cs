using KampungKB.Graph.Querying.Tests.Library;

namespace KampungKB.Graph.Querying.Tests;

/// <summary>SQL reads only the columns the selection needs, plus keys.</summary>
[Collection(LibraryCollection.Name)]
public sealed class ProjectionTests(LibraryFixture library)
{
    [Fact(DisplayName = "Selecting two fields reads only those columns and the key")]
    public async Task Two_fields_two_columns()
    {
        var (_, sql) = await library.RunAsync("{ authors(first: 5) { nodes { name country } } }");
        Assert.Equal(["Country", "Id", "Name"], SqlColumns.Selected(sql.Single().Sql));
    }

    [Fact(DisplayName = "Nested lists read their foreign key and selected columns only; computed fields read what they declare")]
    public async Task Nested_and_computed()
    {
        var (response, sql) = await library.RunAsync("{ authors(first: 5) { nodes { label books { title } } } }");
        Assert.False(response.TryGetProperty("errors", out _), response.ToString());
        Assert.Equal(["Country", "Id", "Name"], SqlColumns.Selected(sql[0].Sql));
        Assert.Equal(["AuthorId", "Id", "Title"], SqlColumns.Selected(sql[1].Sql));
        var first = response.GetProperty("data").GetProperty("authors").GetProperty("nodes")[0];
        var author = library.Authors.OrderBy(a => a.Id).First();
        Assert.Equal(author.Name + "/" + author.Country, first.GetProperty("label").GetString());
    }

    [Fact(DisplayName = "A computed field without declared needs falls back to whole rows and still resolves")]
    public async Task Unknown_needs_load_whole_rows()
    {
        var (response, sql) = await library.RunAsync("{ authors(first: 1) { nodes { nameLength } } }");
        Assert.Contains("\"Rating\"", sql.Single().Sql);
        Assert.Equal(library.Authors.OrderBy(a => a.Id).First().Name.Length,
            response.GetProperty("data").GetProperty("authors").GetProperty("nodes")[0].GetProperty("nameLength").GetInt32());
    }

    [Fact(DisplayName = "A reference field over a navigation is projected into the same statement, reading only selected columns")]
    public async Task Navigation_projection()
    {
        var (response, sql) = await library.RunAsync("{ books(first: 20) { nodes { title writer { name } } } }");
        Assert.False(response.TryGetProperty("errors", out _), response.ToString());
        Assert.Equal(["Id", "Name", "Title"], SqlColumns.Selected(sql.Single().Sql));
        foreach (var (node, book) in response.GetProperty("data").GetProperty("books").GetProperty("nodes").EnumerateArray().Zip(library.Books.OrderBy(b => b.Id)))
            Assert.Equal(book.Author.Name, node.GetProperty("writer").GetProperty("name").GetString());
    }

    [Fact(DisplayName = "A list field over a collection navigation is projected into the same statement with its selected columns")]
    public async Task Collection_navigation_projection()
    {
        var (response, sql) = await library.RunAsync("{ authors(first: 10) { nodes { id bookList { title } } } }");
        Assert.False(response.TryGetProperty("errors", out _), response.ToString());
        Assert.Equal(["Id", "Title"], SqlColumns.Selected(sql.Single().Sql));
        foreach (var node in response.GetProperty("data").GetProperty("authors").GetProperty("nodes").EnumerateArray())
        {
            var expected = library.Books.Where(b => b.AuthorId == node.GetProperty("id").GetInt32()).Select(b => b.Title).Order(StringComparer.Ordinal);
            Assert.Equal(expected, node.GetProperty("bookList").EnumerateArray().Select(b => b.GetProperty("title").GetString()!).Order(StringComparer.Ordinal));
        }
    }
}
