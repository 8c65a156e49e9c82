using System.Text.Json;
using CsCheck;
using KampungKB.Graph.Querying.Tests.Library;
using KampungKB.Graph.Querying.Tests.Oracle;

namespace KampungKB.Graph.Querying.Tests;

/// <summary>Differential tests: random filters run in SQLite must select exactly the rows LINQ to objects selects.</summary>
[Collection(LibraryCollection.Name)]
public sealed class FilterPropertyTests(LibraryFixture library)
{
    private const string AuthorsQuery = "query($w: AuthorFilterInput) { authors(first: 1000, where: $w) { totalCount nodes { id } } }";
    private const string BooksQuery = "query($w: BookFilterInput) { books(first: 1000, where: $w) { totalCount nodes { id } } }";

    [Fact(DisplayName = "Random author filters (nested and/or, every operator, nulls, empty lists, some/all/none/any) match LINQ to objects")]
    public Task Author_filters_match_oracle()
        => FilterGen.Author(2).SampleAsync(filter => AssertSameAsync(AuthorsQuery, "authors", filter, library.Authors, a => a.Id), iter: 160, threads: 1);

    [Fact(DisplayName = "Random book filters (through the author reference and the reviews list) match LINQ to objects")]
    public Task Book_filters_match_oracle()
        => FilterGen.Book(2).SampleAsync(filter => AssertSameAsync(BooksQuery, "books", filter, library.Books, b => b.Id), iter: 120, threads: 1);

    private async Task AssertSameAsync<T>(string query, string field, Filter<T> filter, IEnumerable<T> rows, Func<T, int> id)
    {
        var expected = rows.Where(filter.Accepts).Select(id).Order().ToList();
        var data = await library.DataAsync(query, new { w = filter.Json });
        var connection = data.GetProperty(field);
        var actual = connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()).ToList();
        Assert.True(expected.SequenceEqual(actual),
            $"where {filter}\nexpected {expected.Count} [{string.Join(",", expected)}]\nactual   {actual.Count} [{string.Join(",", actual)}]");
        Assert.Equal(expected.Count, connection.GetProperty("totalCount").GetInt32());
    }
}
