using KampungKB.Graph.Querying.Tests.Library;

namespace KampungKB.Graph.Querying.Tests;

/// <summary>The SQL has the shape that keeps it fast: parameters not constants, seekable keyset predicates, no LIKE.</summary>
[Collection(LibraryCollection.Name)]
public sealed class SqlShapeTests(LibraryFixture library)
{
    [Fact(DisplayName = "Filter values and page sizes are parameters, not constants")]
    public async Task Values_are_parameters()
    {
        var (_, sql) = await library.RunAsync("""
            { authors(first: 7, where: { name: { eq: "zzzq" }, rating: { gt: 3.25 }, country: { in: ["XYQ"] }, genre: { eq: POETRY } }) { nodes { id } } }
            """);
        var text = sql.Single().Sql;
        Assert.DoesNotContain("zzzq", text);
        Assert.DoesNotContain("3.25", text);
        Assert.DoesNotContain("XYQ", text);
        Assert.DoesNotContain("LIMIT 8", text);
    }

    [Fact(DisplayName = "String operators never use LIKE (case-insensitive on SQLite); startsWith is a seekable range")]
    public async Task No_like()
    {
        var (_, sql) = await library.RunAsync("""
            { authors(where: { name: { startsWith: "al", endsWith: "a", contains: "p" } }) { nodes { id } } }
            """);
        var text = sql.Single().Sql;
        Assert.DoesNotContain("LIKE", text);
        Assert.Contains("\"a\".\"Name\" >= @", text);
        Assert.Contains("\"a\".\"Name\" < @", text);
    }

    [Fact(DisplayName = "The keyset predicate starts with a seekable >= on the first key")]
    public async Task Keyset_shape()
    {
        var data = await library.DataAsync("{ authors(first: 3, order: [{ name: ASC }]) { pageInfo { endCursor } } }");
        var cursor = data.GetProperty("authors").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var (_, sql) = await library.RunAsync("query($c: String) { authors(first: 3, after: $c, order: [{ name: ASC }]) { nodes { id } } }", new { c = cursor });
        var text = sql.Single().Sql.ReplaceLineEndings(" ");
        Assert.Matches("""WHERE "a"."Name" >= @\w+ AND \("a"."Name" > @\w+ OR \("a"."Name" = @\w+ AND "a"."Id" > @\w+\)\)""", text);
        Assert.Contains("ORDER BY \"a\".\"Name\", \"a\".\"Id\"", text);
    }

    [Fact(DisplayName = "Repeating a query shape with other values reuses EF Core's compiled query (no per-value compilation)")]
    public async Task Query_plans_are_cached()
    {
        const string query = """
            query($n: String, $r: Float, $first: Int, $after: String) {
              authors(first: $first, after: $after, where: { name: { startsWith: $n }, rating: { gte: $r }, mentor: { name: { neq: $n } }, books: { some: { title: { contains: $n } } } }, order: [{ name: ASC }, { mentor: { rating: DESC } }]) {
                edges { cursor node { id name books(first: 2, where: { year: { gt: 1960 } }) { id author { id } } } } pageInfo { endCursor } } }
            """;
        var data = await library.DataAsync(query, new { n = "a", r = 1.0, first = 3, after = (string?)null });
        var cursor = data.GetProperty("authors").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        await library.DataAsync(query, new { n = "b", r = 1.5, first = 4, after = cursor });
        var before = library.Compilations;
        await library.DataAsync(query, new { n = "g", r = 2.5, first = 5, after = (string?)null });
        await library.DataAsync(query, new { n = "z", r = 3.5, first = 6, after = cursor });
        Assert.True(before > 0, "the compilation counter counts nothing");
        Assert.Equal(before, library.Compilations);
    }

    [Fact(DisplayName = "totalCount is counted only when selected, in the page's own statement")]
    public async Task Count_only_when_selected()
    {
        var (_, without) = await library.RunAsync("{ authors(first: 3) { nodes { id } } }");
        var (response, with) = await library.RunAsync("{ authors(first: 3) { totalCount nodes { id } } }");
        Assert.DoesNotContain("COUNT(*)", Assert.Single(without).Sql);
        Assert.Contains("COUNT(*)", Assert.Single(with).Sql);
        Assert.Equal(library.Authors.Count, response.GetProperty("data").GetProperty("authors").GetProperty("totalCount").GetInt32());
    }
}
