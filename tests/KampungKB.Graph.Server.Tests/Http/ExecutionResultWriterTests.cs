using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace KampungKB.Graph.Server.Tests.Http;

/// <summary>The hub writes results itself (faster scalars); the bytes must stay GraphQL.SystemTextJson's.</summary>
public sealed class ExecutionResultWriterTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Fact(DisplayName = "The hub's result writer writes byte for byte what GraphQL.SystemTextJson writes of the result's values: strings, numbers, booleans, dates, enums, nulls, lists of scalars, errors")]
    public async Task Writes_what_graphql_systemtextjson_writes()
    {
        const string query = """
            {
              kampungKbs(first: 3, order: [{ name: DESC }]) { totalCount nodes { id name classification hasRumahDataKu declaredOn latitude coverage
                village { code kind } programs { status since program { code name } } } }
              indicatorSeries(indicator: "STUNTING_PREVALENCE", groupBy: REGENCY, from: "2025-01", to: "2025-03") { regionCode points { period value kampungKbCount } }
              __schema { directives { name locations } }
              node(id: "not-an-id") { id }
            }
            """;
        await using var scope = hub.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IDocumentExecuter>().ExecuteAsync(new ExecutionOptions
        {
            Schema = hub.Services.GetRequiredService<ISchema>(),
            Query = query,
            RequestServices = scope.ServiceProvider,
        });
        var library = new GraphQLSerializer(json => json.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            hub.Services.GetRequiredService<GraphQL.Execution.IErrorInfoProvider>());

        var ours = hub.Services.GetRequiredService<IGraphQLTextSerializer>().Serialize(result);

        Assert.Contains("\"errors\":[{", ours);
        Assert.Contains("\"locations\":[\"", ours);
        Assert.Contains("\"declaredOn\":\"", ours);
        Assert.Matches("\"value\":\\d+\\.\\d+", ours);
        // The library writes an object's child nodes only; from the nodes' dictionaries it writes every field.
        Assert.Equal(library.Serialize(new ExecutionResult(result) { Data = ((GraphQL.Execution.ExecutionNode)result.Data!).ToValue() }), ours);
    }
}
