using System.Text.Json.Nodes;
using GraphQL.Validation;
using KampungKB.Graph.Server.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KampungKB.Graph.Server.Tests.Querying;

/// <summary>
/// A cached document's variables and arguments are read from a plan made once per operation; each request is answered
/// exactly as GraphQL.NET's own validator answered it before the document was cached.
/// </summary>
public sealed class CachedValidationTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private CachedOperationValidator Validator => Assert.IsType<CachedOperationValidator>(hub.Services.GetRequiredService<IDocumentValidator>());

    // Each document with a request that is refused and one that is answered; the refused one is sent before the
    // document is cached (GraphQL.NET validates it) and again after. Planned: whether the cached requests are read from a
    // plan; they are not when a limit rule must run again (a variable in a directive or a list can change its verdict).
    public static TheoryData<string, string, string, string, bool> Documents => new()
    {
        { "wrong type", "query P1($code: String!) { regency(code: $code) { name } }", """{"code":[1,2]}""", """{"code":"51.01"}""", true },
        { "missing", "query P2($code: String!) { regency(code: $code) { name } }", "{}", """{"code":"51.02"}""", true },
        { "bad enum for a required one", "query P9($class: Classification!) { kampungKbs(first: 2, where: { classification: { eq: $class } }) { totalCount } }",
            """{"class":"SUPER"}""", """{"class":"DASAR"}""", true },
        { "a number for a required text", "query P10($code: String!, $class: Classification!) { regency(code: $code) { name } kampungKbs(first: 1, where: { classification: { eq: $class } }) { totalCount } }",
            """{"code":51,"class":"DASAR"}""", """{"code":"51.01","class":"MANDIRI"}""", true },
        { "null for a required one", "query P3($code: String!) { regency(code: $code) { name } }", """{"code":null}""", """{"code":"51.03"}""", true },
        { "bad enum inside a literal", "query P4($class: Classification) { kampungKbs(first: 2, where: { classification: { eq: $class } }) { totalCount } }",
            """{"class":"SUPER"}""", """{"class":"DASAR"}""", true },
        { "inside a fragment", "query P5($code: String!) { ...Regency } fragment Regency on Query { regency(code: $code) { name } }",
            """{"code":{"a":1}}""", """{"code":"51.05"}""", true },
        // GraphQL.NET reads where a nullable variable is used to refuse null there, so the plan leaves it to GraphQL.NET.
        { "null for a nullable one used where a value is required", """query P6($code: String = "51.06") { regency(code: $code) { name } }""",
            """{"code":null}""", "{}", true },
        { "unknown input field", "query P7($where: KampungKbFilterInput) { kampungKbs(first: 2, where: $where) { totalCount } }",
            """{"where":{"nope":1}}""", """{"where":{"classification":{"eq":"MANDIRI"}}}""", false },
        { "directive variable", "query P8($show: Boolean!, $code: String!) { regency(code: $code) { name code @include(if: $show) } }",
            """{"code":"51.01"}""", """{"show":false,"code":"51.01"}""", false },
    };

    [Theory(DisplayName = "A cached document refuses and answers as GraphQL.NET's validator did before it was cached")]
    [MemberData(nameof(Documents))]
    public async Task Cached_document_answers_as_before(string _, string query, string refused, string answered, bool planned)
    {
        var client = hub.CreateClient();
        var refusedFresh = await client.GraphQLAsync(query, JsonNode.Parse(refused), expectSuccess: false);
        var answeredFresh = await client.GraphQLAsync(query, JsonNode.Parse(answered));
        var plans = Validator.PlansMade;

        var answeredCached = await client.GraphQLAsync(query, JsonNode.Parse(answered));
        var refusedCached = await client.GraphQLAsync(query, JsonNode.Parse(refused), expectSuccess: false);

        Assert.NotNull(refusedFresh["errors"]);
        Assert.Null(answeredFresh["errors"]);
        Assert.Equal(Answer(answeredFresh), Answer(answeredCached));
        Assert.Equal(Answer(refusedFresh), Answer(refusedCached));
        Assert.Equal(planned ? plans + 1 : plans, Validator.PlansMade);
    }

    [Fact(DisplayName = "A plan is made once per cached operation, and only for documents that passed validation")]
    public async Task Plan_is_made_once_per_operation()
    {
        var client = hub.CreateClient();
        const string query = "query Once($code: String!) { province(code: $code) { ...Names @include(if: true) code @skip(if: true) } } fragment Names on Province { name }";
        await client.GraphQLAsync(query, new { code = 51 }, expectSuccess: false);
        var before = Validator.PlansMade;

        var fresh = await client.DataAsync(query, new { code = "51" });
        var afterFresh = Validator.PlansMade;
        var cached = await client.DataAsync(query, new { code = "51" });
        var afterCached = Validator.PlansMade;
        var again = await client.DataAsync(query, new { code = "52" });

        Assert.Equal(before, afterFresh);
        Assert.Equal(before + 1, afterCached);
        Assert.Equal(afterCached, Validator.PlansMade);
        Assert.Equal("""{"province":{"name":"Bali"}}""", fresh.ToJsonString());
        Assert.Equal(fresh.ToJsonString(), cached.ToJsonString());
        Assert.Equal("""{"province":null}""", again.ToJsonString());
    }

    private static string Answer(JsonNode body) => new JsonObject { ["data"] = body["data"]?.DeepClone(), ["errors"] = body["errors"]?.DeepClone() }.ToJsonString();
}
