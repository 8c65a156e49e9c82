using KampungKB.Graph.Querying.Tests.Library;

namespace KampungKB.Graph.Querying.Tests;

/// <summary>Unpaged lists and single-row fields reuse filtering, sorting and projection.</summary>
[Collection(LibraryCollection.Name)]
public sealed class ListAndSingleTests(LibraryFixture library)
{
    [Fact(DisplayName = "An unpaged list filters and sorts in SQL")]
    public async Task Filtered_list()
    {
        var data = await library.DataAsync("""{ authorList(where: { country: { eq: "ID" } }, order: [{ name: DESC }]) { id } }""");
        var expected = library.Authors.Where(a => a.Country == "ID").OrderByDescending(a => a.Name, StringComparer.Ordinal).ThenBy(a => a.Id).Select(a => a.Id);
        Assert.Equal(expected, data.GetProperty("authorList").EnumerateArray().Select(a => a.GetProperty("id").GetInt32()));
    }

    [Fact(DisplayName = "An unpaged list larger than the maximum is an error, not a silent cut")]
    public async Task Filtered_list_too_large()
    {
        var (response, _) = await library.RunAsync("{ tinyAuthorList { id } }");
        Assert.Equal("PAGE_SIZE_TOO_LARGE", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact(DisplayName = "A single-row field reads the selected columns of one row; a missing row is null")]
    public async Task Single_row()
    {
        var (response, sql) = await library.RunAsync("{ author(id: 7) { name } missing: author(id: 9999) { name } }");
        Assert.Equal(library.Authors.Single(a => a.Id == 7).Name, response.GetProperty("data").GetProperty("author").GetProperty("name").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.GetProperty("data").GetProperty("missing").ValueKind);
        Assert.DoesNotContain("Rating", sql[0].Sql);
    }
}

/// <summary>HotChocolate's operation inputs combine themselves with and/or.</summary>
[Collection(LibraryCollection.Name)]
public sealed class OperationLogicTests(LibraryFixture library)
{
    [Fact(DisplayName = "and/or inside an operation input combine conditions on the same field")]
    public async Task Operation_and_or()
    {
        var data = await library.DataAsync("""
            { authors(first: 1000, where: { name: { or: [{ startsWith: "al" }, { eq: "beta" }] }, rating: { and: [{ gte: 1 }, { lt: 3 }] } }) { nodes { id } } }
            """);
        var expected = library.Authors.Where(a => (a.Name.StartsWith("al", StringComparison.Ordinal) || a.Name == "beta") && a.Rating >= 1 && a.Rating < 3)
            .Select(a => a.Id).Order();
        Assert.Equal(expected, data.GetProperty("authors").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
    }
}

/// <summary>Offset paging (<c>skip</c>/<c>take</c>) returns HotChocolate's CollectionSegment.</summary>
[Collection(LibraryCollection.Name)]
public sealed class CollectionSegmentTests(LibraryFixture library)
{
    [Fact(DisplayName = "Walking segments with take: 37 returns every row once in order, with page info and totalCount")]
    public async Task Walk_segments()
    {
        var expected = library.Authors.OrderBy(a => a.Rating.HasValue).ThenBy(a => a.Rating).ThenBy(a => a.Id).Select(a => a.Id).ToList();
        var ids = new List<int>();
        for (var skip = 0; ; skip += 37)
        {
            var data = await library.DataAsync("query($s: Int) { authorPages(skip: $s, take: 37, order: [{ rating: ASC }]) { totalCount items { id } pageInfo { hasNextPage hasPreviousPage } } }", new { s = skip });
            var segment = data.GetProperty("authorPages");
            Assert.Equal(library.Authors.Count, segment.GetProperty("totalCount").GetInt32());
            Assert.Equal(skip > 0, segment.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
            ids.AddRange(segment.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()));
            if (!segment.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()) break;
        }
        Assert.Equal(expected, ids);
    }
}
