using KampungKB.Graph.Querying.Tests.Library;

namespace KampungKB.Graph.Querying.Tests;

/// <summary>Entities keyed by several columns page and batch like single-key ones (the key completes every order).</summary>
[Collection(LibraryCollection.Name)]
public sealed class CompositeKeyTests(LibraryFixture library)
{
    private const string Page = """
        query($o: [BookTagSortInput!], $first: Int, $after: String, $last: Int, $before: String) {
          bookTags(order: $o, first: $first, after: $after, last: $last, before: $before) {
            nodes { bookId tag } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }
        """;

    [Theory(DisplayName = "Walking a composite-key connection forwards and backwards returns every row once, in order")]
    [InlineData("weight", true)]
    [InlineData("tag", false)]
    public async Task Walk_composite_key(string field, bool descending)
    {
        Func<BookTag, object> read = field == "weight" ? t => t.Weight : t => t.Tag;
        var sorted = descending
            ? library.Tags.OrderByDescending(read, Comparer<object>.Create(Compare))
            : library.Tags.OrderBy(read, Comparer<object>.Create(Compare));
        var expected = sorted.ThenBy(t => t.BookId).ThenBy(t => t.Tag, StringComparer.Ordinal).Select(t => $"{t.BookId}/{t.Tag}").ToList();
        var order = new[] { new Dictionary<string, string> { [field] = descending ? "DESC" : "ASC" } };
        Assert.Equal(expected, await WalkAsync(order, backward: false));
        Assert.Equal(expected, await WalkAsync(order, backward: true));
    }

    [Fact(DisplayName = "A nested composite-key list with order and first matches LINQ to objects in one statement")]
    public async Task Nested_composite_key()
    {
        var (response, sql) = await library.RunAsync("{ books(first: 1000) { nodes { id tags(first: 2, order: [{ weight: DESC }]) { tag } } } }");
        Assert.Equal(2, sql.Count);
        foreach (var book in response.GetProperty("data").GetProperty("books").GetProperty("nodes").EnumerateArray())
        {
            var id = book.GetProperty("id").GetInt32();
            var expected = library.Tags.Where(t => t.BookId == id).OrderByDescending(t => t.Weight).ThenBy(t => t.BookId).ThenBy(t => t.Tag, StringComparer.Ordinal)
                .Take(2).Select(t => t.Tag);
            Assert.Equal(expected, book.GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("tag").GetString()));
        }
    }

    private static int Compare(object a, object b) => a is string s ? string.CompareOrdinal(s, (string)b) : Comparer<object>.Default.Compare(a, b);

    private async Task<List<string>> WalkAsync(object order, bool backward)
    {
        var rows = new List<string>();
        string? cursor = null;
        while (true)
        {
            var data = await library.DataAsync(Page, backward
                ? new { o = order, first = (int?)null, after = (string?)null, last = (int?)37, before = cursor }
                : new { o = order, first = (int?)37, after = cursor, last = (int?)null, before = (string?)null });
            var connection = data.GetProperty("bookTags");
            var page = connection.GetProperty("nodes").EnumerateArray().Select(n => $"{n.GetProperty("bookId").GetInt32()}/{n.GetProperty("tag").GetString()}").ToList();
            if (backward) rows.InsertRange(0, page); else rows.AddRange(page);
            var info = connection.GetProperty("pageInfo");
            if (!info.GetProperty(backward ? "hasPreviousPage" : "hasNextPage").GetBoolean()) return rows;
            cursor = info.GetProperty(backward ? "startCursor" : "endCursor").GetString();
        }
    }
}
