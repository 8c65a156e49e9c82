using System.Text.Json;
using CsCheck;
using KampungKB.Graph.Querying.Tests.Library;
using KampungKB.Graph.Querying.Tests.Oracle;

namespace KampungKB.Graph.Querying.Tests;

/// <summary>Sorting and keyset paging agree with LINQ to objects, never lose or repeat a row, and count the whole filtered list on every page.</summary>
[Collection(LibraryCollection.Name)]
public sealed class PagingTests(LibraryFixture library)
{
    private const string AuthorPage = """
        query($w: AuthorFilterInput, $o: [AuthorSortInput!], $first: Int, $after: String, $last: Int, $before: String) {
          authors(where: $w, order: $o, first: $first, after: $after, last: $last, before: $before) {
            totalCount nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }
        """;

    private const string BookPage = """
        query($w: BookFilterInput, $o: [BookSortInput!], $first: Int, $after: String, $last: Int, $before: String) {
          books(where: $w, order: $o, first: $first, after: $after, last: $last, before: $before) {
            totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }
        """;

    public static TheoryData<string> AuthorOrders =>
    [
        """[{ "name": "ASC" }]""",
        """[{ "country": "DESC" }, { "name": "ASC" }]""",
        """[{ "rating": "ASC" }, { "born": "DESC" }]""",
        """[{ "mentor": { "name": "DESC" } }, { "rating": "DESC" }]""",
        """[{ "active": "DESC" }, { "genre": "ASC" }, { "id": "DESC" }]""",
    ];

    [Theory(DisplayName = "Walking every page with first: 37 forwards and last: 37 backwards returns every row once, in order")]
    [MemberData(nameof(AuthorOrders))]
    public async Task Walk_all_pages(string orderJson)
    {
        var order = JsonSerializer.Deserialize<List<object>>(orderJson)!;
        var count = library.Authors.Count;
        var oracle = await WalkAsync(AuthorPage, "authors", null, order, 37, backward: false, count);
        var backward = await WalkAsync(AuthorPage, "authors", null, order, 37, backward: true, count);
        var all = await WalkAsync(AuthorPage, "authors", null, order, 1000, backward: false, count);
        Assert.Equal(library.Authors.Count, all.Count);
        Assert.Equal(all, oracle);
        Assert.Equal(all, backward);
    }

    [Fact(DisplayName = "Random orders, filters and page walks over authors sort like LINQ to objects (ordinal strings, nulls first in ASC)")]
    public Task Random_orders_match_oracle()
        => Gen.Select(SortGen.Author, FilterGen.Author(1), Gen.Int[5, 60], Gen.Bool).SampleAsync(async (order, filter, size, backward) =>
        {
            var expected = order.Apply(library.Authors.Where(filter.Accepts)).Select(a => a.Id).ToList();
            var actual = await WalkAsync(AuthorPage, "authors", filter.Json, order.Json, size, backward, expected.Count);
            Assert.True(expected.SequenceEqual(actual), $"order {order} where {filter} size {size} backward {backward}\nexpected [{string.Join(",", expected)}]\nactual   [{string.Join(",", actual)}]");
        }, iter: 70, threads: 1);

    [Fact(DisplayName = "Random page walks (size, direction, order, filter) over books return the oracle's rows exactly once")]
    public Task Random_page_walks_match_oracle()
        => Gen.Select(SortGen.Book, FilterGen.Book(1), Gen.Int[8, 60], Gen.Bool).SampleAsync(async (order, filter, size, backward) =>
        {
            var expected = order.Apply(library.Books.Where(filter.Accepts)).Select(b => b.Id).ToList();
            var actual = await WalkAsync(BookPage, "books", filter.Json, order.Json, size, backward, expected.Count);
            Assert.True(expected.SequenceEqual(actual), $"order {order} where {filter} size {size} backward {backward}\nexpected [{string.Join(",", expected)}]\nactual   [{string.Join(",", actual)}]");
        }, iter: 40, threads: 1);

    [Fact(DisplayName = "An empty page past the last cursor or offset still counts the whole filtered list")]
    public async Task Empty_page_past_the_end_counts_the_list()
    {
        var where = new { rating = new { gte = 3.0 } };
        var expected = library.Authors.Count(a => a.Rating >= 3.0);
        var all = (await library.DataAsync(AuthorPage, new { w = where, first = 1000 })).GetProperty("authors");
        Assert.Equal(expected, all.GetProperty("totalCount").GetInt32());
        var info = all.GetProperty("pageInfo");

        var (afterLast, afterSql) = await library.RunAsync(AuthorPage, new { w = where, first = 5, after = info.GetProperty("endCursor").GetString() });
        var (beforeFirst, _) = await library.RunAsync(AuthorPage, new { w = where, last = 5, before = info.GetProperty("startCursor").GetString() });
        var (pastOffset, _) = await library.RunAsync("query($w: AuthorFilterInput) { authorPages(where: $w, skip: 100000, take: 5) { totalCount items { id } } }", new { w = where });
        var (nothing, nothingSql) = await library.RunAsync(AuthorPage, new { w = new { name = new { eq = "no such author" } }, first = 5 });

        foreach (var (response, field) in new[] { (afterLast, "authors"), (beforeFirst, "authors"), (pastOffset, "authorPages") })
        {
            var connection = response.GetProperty("data").GetProperty(field);
            Assert.Equal(0, connection.GetProperty(field == "authors" ? "nodes" : "items").GetArrayLength());
            Assert.Equal(expected, connection.GetProperty("totalCount").GetInt32());
        }
        Assert.Equal(2, afterSql.Count);
        // From the first row an empty page is an empty list: no second statement.
        Assert.Equal(0, nothing.GetProperty("data").GetProperty("authors").GetProperty("totalCount").GetInt32());
        Assert.Single(nothingSql);
    }

    /// <summary>Follows cursors until the end, checking each page's totalCount, and returns the ids in list order.</summary>
    private async Task<List<int>> WalkAsync(string query, string field, object? where, List<object> order, int size, bool backward, int expectedTotal)
    {
        var ids = new List<int>();
        string? cursor = null;
        for (var pages = 0; ; pages++)
        {
            Assert.True(pages < 500, "paging does not terminate");
            var data = await library.DataAsync(query, backward
                ? new { w = where, o = order, last = (int?)size, before = cursor, first = (int?)null, after = (string?)null }
                : new { w = where, o = order, last = (int?)null, before = (string?)null, first = (int?)size, after = cursor });
            var connection = data.GetProperty(field);
            Assert.Equal(expectedTotal, connection.GetProperty("totalCount").GetInt32());
            var page = connection.TryGetProperty("nodes", out var nodes)
                ? nodes.EnumerateArray().Select(n => n.GetProperty("id").GetInt32()).ToList()
                : connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetInt32()).ToList();
            Assert.True(page.Count <= size);
            var info = connection.GetProperty("pageInfo");
            if (backward) ids.InsertRange(0, page); else ids.AddRange(page);
            var more = info.GetProperty(backward ? "hasPreviousPage" : "hasNextPage").GetBoolean();
            if (!more) return ids;
            Assert.Equal(size, page.Count);
            cursor = info.GetProperty(backward ? "startCursor" : "endCursor").GetString();
        }
    }
}
