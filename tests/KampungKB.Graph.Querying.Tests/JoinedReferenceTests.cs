using System.Text.Json;
using KampungKB.Graph.Querying.Tests.Library;

namespace KampungKB.Graph.Querying.Tests;

/// <summary>
/// <c>BatchedReference(..., navigation:)</c> joins the reference into the statement that projects its parents, answers
/// what the batched reference answers, and batches where the parents were not projected.
/// </summary>
[Collection(LibraryCollection.Name)]
public sealed class JoinedReferenceTests(LibraryFixture library)
{
    [Fact(DisplayName = "A joined reference answers what the batched one does, in the parent's statement, reading the selected columns and the target's key only")]
    public async Task Joined_reference_is_one_statement()
    {
        var (response, sql) = await library.RunAsync("{ books(first: 30) { nodes { title joinedAuthor { name country } } } }");
        var batched = await library.DataAsync("{ books(first: 30) { nodes { title joinedAuthor: author { name country } } } }");

        Assert.Equal(batched.ToString(), Data(response).ToString());
        var statement = Assert.Single(sql).Sql;
        // Neither the foreign key (the batch's, which the joined navigation does not need) nor a null test of a required reference.
        Assert.Equal(["Country", "Id", "Name", "Title"], SqlColumns.Selected(statement));
        Assert.Equal(5, statement[..statement.IndexOf("FROM", StringComparison.Ordinal)].Split(',').Length); // Id twice: the book's and the author's.
        Assert.Contains("JOIN \"Authors\"", statement);
    }

    [Fact(DisplayName = "A nullable joined reference is null where the key is null, in one statement")]
    public async Task Nullable_joined_reference()
    {
        var (response, sql) = await library.RunAsync("{ authors(first: 200) { nodes { id joinedMentor { id name } } } }");

        Assert.Single(sql);
        foreach (var author in Data(response).GetProperty("authors").GetProperty("nodes").EnumerateArray())
        {
            var expected = library.Authors.Single(a => a.Id == author.GetProperty("id").GetInt32()).Mentor;
            var mentor = author.GetProperty("joinedMentor");
            Assert.Equal(expected?.Name, mentor.ValueKind == JsonValueKind.Null ? null : mentor.GetProperty("name").GetString());
        }
    }

    [Fact(DisplayName = "References join through levels; a list under a joined reference batches from its projected key")]
    public async Task Chains_join_and_lists_below_batch()
    {
        const string query = "{ books(first: 40) { nodes { id joinedAuthor { name joinedMentor { name } books(first: 2) { title } } } } }";
        var (response, sql) = await library.RunAsync(query);
        var batched = await library.DataAsync(query.Replace("joinedAuthor", "joinedAuthor: author").Replace("joinedMentor", "joinedMentor: mentor"));

        Assert.Equal(batched.ToString(), Data(response).ToString());
        // Books with author and mentor, then the authors' books.
        Assert.Equal(2, sql.Count);
    }

    [Fact(DisplayName = "Under a batched list, a single row, an offset page and an unpaged list the reference joins their statement too")]
    public async Task Every_projected_source_joins()
    {
        var (response, sql) = await library.RunAsync("""
            {
              authors(first: 5) { nodes { books { title joinedAuthor { name } } } }
              author(id: 3) { joinedMentor { name } }
              authorPages(take: 5) { items { joinedMentor { name } } }
              authorList(where: { id: { lt: 6 } }) { joinedMentor { name } }
            }
            """);
        var batched = await library.DataAsync("""
            {
              authors(first: 5) { nodes { books { title joinedAuthor: author { name } } } }
              author(id: 3) { joinedMentor: mentor { name } }
              authorPages(take: 5) { items { joinedMentor: mentor { name } } }
              authorList(where: { id: { lt: 6 } }) { joinedMentor: mentor { name } }
            }
            """);

        Assert.Equal(batched.ToString(), Data(response).ToString());
        // authors, their books (author joined), author(id:), authorPages, authorList.
        Assert.Equal(5, sql.Count);
    }

    [Fact(DisplayName = "Parents loaded whole (a field with unknown needs) or a reference selection that cannot be projected fall back to batching")]
    public async Task Unprojected_falls_back_to_batching()
    {
        var (wholeParents, wholeSql) = await library.RunAsync("{ authors(first: 50) { nodes { nameLength joinedMentor { name } } } }");
        var (wholeTargets, targetSql) = await library.RunAsync("{ books(first: 50) { nodes { title joinedAuthor { nameLength } } } }");

        Assert.Equal((await library.DataAsync("{ authors(first: 50) { nodes { nameLength joinedMentor: mentor { name } } } }")).ToString(), Data(wholeParents).ToString());
        Assert.Equal((await library.DataAsync("{ books(first: 50) { nodes { title joinedAuthor: author { nameLength } } } }")).ToString(), Data(wholeTargets).ToString());
        Assert.Equal(2, wholeSql.Count);
        Assert.Equal(2, targetSql.Count);
        Assert.Contains("\"AuthorId\"", targetSql[0].Sql);
        Assert.DoesNotContain("JOIN", targetSql[0].Sql);
    }

    private static JsonElement Data(JsonElement response)
    {
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        return response.GetProperty("data");
    }
}
