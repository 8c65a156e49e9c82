using CsCheck;
using KampungKB.Graph.Querying.Tests.Library;
using KampungKB.Graph.Querying.Tests.Oracle;

namespace KampungKB.Graph.Querying.Tests;

/// <summary>Nested lists and references cost one statement per level of the query, never one per parent.</summary>
[Collection(LibraryCollection.Name)]
public sealed class BatchingTests(LibraryFixture library)
{
    [Fact(DisplayName = "Three nested list levels (authors -> books -> reviews) plus a reference run one statement per level")]
    public async Task One_statement_per_level()
    {
        var (response, sql) = await library.RunAsync("""
            { authors(first: 100) { nodes { id books { id reviews { stars book { title } } } } } }
            """);
        Assert.False(response.TryGetProperty("errors", out _), response.ToString());
        Assert.Equal(4, sql.Count);
        Assert.Contains("FROM \"Authors\"", sql[0].Sql);
        Assert.Contains("FROM \"Books\"", sql[1].Sql);
        Assert.Contains("FROM \"Reviews\"", sql[2].Sql);
        Assert.Contains("FROM \"Books\"", sql[3].Sql);

        // The batched rows land on the right parents.
        foreach (var author in response.GetProperty("data").GetProperty("authors").GetProperty("nodes").EnumerateArray())
        {
            var id = author.GetProperty("id").GetInt32();
            var expected = library.Books.Where(b => b.AuthorId == id).Select(b => b.Id).Order();
            Assert.Equal(expected, author.GetProperty("books").EnumerateArray().Select(b => b.GetProperty("id").GetInt32()));
            foreach (var book in author.GetProperty("books").EnumerateArray())
            {
                var reviews = library.Reviews.Where(r => r.BookId == book.GetProperty("id").GetInt32()).ToList();
                Assert.Equal(reviews.Count, book.GetProperty("reviews").GetArrayLength());
            }
        }
    }

    [Fact(DisplayName = "Nested lists apply their own where, order and first per parent")]
    public async Task Nested_list_arguments()
    {
        var data = await library.DataAsync("""
            { authors(first: 200) { nodes { id books(first: 2, where: { year: { gte: 1980 } }, order: [{ year: DESC }, { title: ASC }]) { id } } } }
            """);
        foreach (var author in data.GetProperty("authors").GetProperty("nodes").EnumerateArray())
        {
            var id = author.GetProperty("id").GetInt32();
            var expected = library.Books.Where(b => b.AuthorId == id && b.Year >= 1980)
                .OrderByDescending(b => b.Year).ThenBy(b => b.Title, StringComparer.Ordinal).ThenBy(b => b.Id).Take(2).Select(b => b.Id);
            Assert.Equal(expected, author.GetProperty("books").EnumerateArray().Select(b => b.GetProperty("id").GetInt32()));
        }
    }

    [Fact(DisplayName = "Random where, order and first on a nested list match LINQ to objects for every parent, in one statement per level")]
    public Task Random_nested_list_arguments()
        => Gen.Select(FilterGen.Book(1), SortGen.Book, Gen.Int[0, 4]).SampleAsync(async (filter, order, first) =>
        {
            var (response, sql) = await library.RunAsync("""
                query($w: BookFilterInput, $o: [BookSortInput!], $first: Int) {
                  authors(first: 1000) { nodes { id books(where: $w, order: $o, first: $first) { id } } } }
                """, new { w = filter.Json, o = order.Json, first = first == 0 ? (int?)null : first });
            Assert.False(response.TryGetProperty("errors", out _), response.ToString());
            Assert.Equal(2, sql.Count);
            foreach (var author in response.GetProperty("data").GetProperty("authors").GetProperty("nodes").EnumerateArray())
            {
                var id = author.GetProperty("id").GetInt32();
                var expected = order.Apply(library.Books.Where(b => b.AuthorId == id && filter.Accepts(b))).Select(b => b.Id);
                if (first > 0) expected = expected.Take(first);
                var actual = author.GetProperty("books").EnumerateArray().Select(b => b.GetProperty("id").GetInt32()).ToList();
                Assert.True(expected.SequenceEqual(actual), $"author {id} where {filter} order {order} first {first}: expected [{string.Join(",", expected)}] actual [{string.Join(",", actual)}]");
            }
        }, iter: 40, threads: 1);

    [Fact(DisplayName = "A reference through a nullable key resolves to null without a query for missing keys")]
    public async Task Nullable_reference()
    {
        var data = await library.DataAsync("{ authors(first: 200) { nodes { id mentor { id name } } } }");
        foreach (var author in data.GetProperty("authors").GetProperty("nodes").EnumerateArray())
        {
            var expected = library.Authors.Single(a => a.Id == author.GetProperty("id").GetInt32()).MentorId;
            var mentor = author.GetProperty("mentor");
            Assert.Equal(expected, mentor.ValueKind == System.Text.Json.JsonValueKind.Null ? null : mentor.GetProperty("id").GetInt32());
        }
    }
}

/// <summary>The diagnostics collector sees exactly the request's statements.</summary>
[Collection(LibraryCollection.Name)]
public sealed class DiagnosticsTests(LibraryFixture library)
{
    [Fact(DisplayName = "The collector records each statement with its duration and summarises them for extensions")]
    public async Task Collector_summary()
    {
        using var collector = Diagnostics.SqlStatementCollector.Begin();
        await library.DataAsync("{ authors(first: 2) { totalCount nodes { id } } books(first: 2) { nodes { id } } }");
        Assert.Equal(2, collector.Count);
        Assert.All(collector.Statements, s => Assert.True(s.Duration > TimeSpan.Zero));
        var extension = collector.ToExtension();
        Assert.Equal(2, extension["count"]);
        Assert.Equal(collector.Statements.Sum(s => s.Duration.TotalMilliseconds), (double)extension["totalMs"], tolerance: 0.001);
    }

    [Fact(DisplayName = "A connection asked only for totalCount runs the count alone, with or without paging arguments")]
    public async Task Count_alone_is_one_statement()
    {
        using var collector = Diagnostics.SqlStatementCollector.Begin();
        var plain = await library.DataAsync("{ authors { totalCount } }");
        var paged = await library.DataAsync("{ authors(first: 2, order: [{ name: DESC }]) { __typename totalCount } }");

        Assert.Equal(2, collector.Count);
        Assert.All(collector.Statements, s => Assert.Contains("COUNT(*)", s.Sql, StringComparison.Ordinal));
        Assert.Equal(library.Authors.Count, plain.GetProperty("authors").GetProperty("totalCount").GetInt32());
        Assert.Equal(library.Authors.Count, paged.GetProperty("authors").GetProperty("totalCount").GetInt32());
    }
}

/// <summary>A nested list through a nullable foreign key batches like any other.</summary>
[Collection(LibraryCollection.Name)]
public sealed class NullableForeignKeyTests(LibraryFixture library)
{
    [Fact(DisplayName = "Children found through a nullable foreign key land on the right parents, in one statement")]
    public async Task Nullable_foreign_key_list()
    {
        var (response, sql) = await library.RunAsync("{ authors(first: 1000) { nodes { id mentees(order: [{ name: DESC }]) { id } } } }");
        Assert.Equal(2, sql.Count);
        foreach (var author in response.GetProperty("data").GetProperty("authors").GetProperty("nodes").EnumerateArray())
        {
            var id = author.GetProperty("id").GetInt32();
            var expected = library.Authors.Where(a => a.MentorId == id).OrderByDescending(a => a.Name, StringComparer.Ordinal).ThenBy(a => a.Id).Select(a => a.Id);
            Assert.Equal(expected, author.GetProperty("mentees").EnumerateArray().Select(m => m.GetProperty("id").GetInt32()));
        }
    }
}
