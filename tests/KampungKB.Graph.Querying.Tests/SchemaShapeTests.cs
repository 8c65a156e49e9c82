using GraphQL;
using GraphQL.Execution;
using GraphQL.Utilities;
using GraphQL.Validation;
using KampungKB.Graph.Querying.Tests.Library;

namespace KampungKB.Graph.Querying.Tests;

/// <summary>Type and field names are HotChocolate's, so front ends written for HotChocolate work unchanged.</summary>
[Collection(LibraryCollection.Name)]
public sealed class SchemaShapeTests(LibraryFixture library)
{
    [Theory(DisplayName = "The SDL carries HotChocolate.Data names and shapes")]
    [InlineData("authors(first: Int, after: String, last: Int, before: String, where: AuthorFilterInput, order: [AuthorSortInput!]): AuthorsConnection")]
    [InlineData("type AuthorsConnection {")]
    [InlineData("edges: [AuthorsEdge!]")]
    [InlineData("nodes: [Author!]")]
    [InlineData("pageInfo: PageInfo!")]
    [InlineData("totalCount: Int!")]
    [InlineData("type AuthorsEdge {")]
    [InlineData("cursor: String!")]
    [InlineData("node: Author!")]
    [InlineData("authorPages(skip: Int, take: Int, where: AuthorFilterInput, order: [AuthorSortInput!]): AuthorPagesCollectionSegment")]
    [InlineData("type CollectionSegmentInfo {")]
    [InlineData("input AuthorFilterInput {")]
    [InlineData("and: [AuthorFilterInput!]")]
    [InlineData("or: [AuthorFilterInput!]")]
    [InlineData("name: StringOperationFilterInput")]
    [InlineData("id: IntOperationFilterInput")]
    [InlineData("copies: LongOperationFilterInput")]
    [InlineData("rating: FloatOperationFilterInput")]
    [InlineData("born: DateOperationFilterInput")]
    [InlineData("published: DateTimeOperationFilterInput")]
    [InlineData("active: BooleanOperationFilterInput")]
    [InlineData("genre: GenreOperationFilterInput")]
    [InlineData("mentor: AuthorFilterInput")]
    [InlineData("books: ListFilterInputTypeOfBookFilterInput")]
    [InlineData("input ListFilterInputTypeOfBookFilterInput {")]
    [InlineData("some: BookFilterInput")]
    [InlineData("any: Boolean")]
    [InlineData("nstartsWith: String")]
    [InlineData("icontains: String")]
    [InlineData("and: [StringOperationFilterInput!]")]
    [InlineData("or: [GenreOperationFilterInput!]")]
    [InlineData("nin: [Genre]")]
    [InlineData("ngte: Int")]
    [InlineData("input AuthorSortInput {")]
    [InlineData("mentor: AuthorSortInput")]
    [InlineData("name: SortEnumType")]
    [InlineData("enum SortEnumType {")]
    [InlineData("books(first: Int, where: BookFilterInput, order: [BookSortInput!]): [Book!]!")]
    public void Sdl_contains(string fragment)
    {
        var sdl = library.Schema.Print(new PrintOptions { IncludeDescriptions = false });
        Assert.Contains(fragment, sdl);
    }

    [Fact(DisplayName = "The yielding interceptor surfaces DbContext concurrency: the parallel strategy breaks, the serial one does not")]
    public async Task Parallel_strategy_is_unsafe()
    {
        const string query = "{ a: authors(first: 3) { nodes { id } } b: books(first: 3) { nodes { id } } }";
        var (serial, _) = await library.RunAsync(query);
        Assert.False(serial.TryGetProperty("errors", out _), serial.ToString());

        var parallel = new DocumentExecuter(new GraphQLDocumentBuilder(), new DocumentValidator(),
            new DefaultExecutionStrategySelector([new ExecutionStrategyRegistration(ParallelExecutionStrategy.Instance, GraphQLParser.AST.OperationType.Query)]), []);
        var failed = false;
        for (var i = 0; i < 10 && !failed; i++)
        {
            using var scope = library.CreateScope();
            var result = await parallel.ExecuteAsync(new ExecutionOptions { Schema = library.Schema, Query = query, RequestServices = scope.ServiceProvider });
            failed = result.Errors?.Count > 0;
        }
        Assert.True(failed, "expected the parallel strategy to hit 'A second operation was started on this context instance'");
    }
}
