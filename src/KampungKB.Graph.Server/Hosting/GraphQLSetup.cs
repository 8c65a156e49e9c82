using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using KampungKB.Graph.Querying;
using KampungKB.Graph.Server.Http;
using KampungKB.Graph.Server.Http.Limits;
using KampungKB.Graph.Server.Partners.Views;

namespace KampungKB.Graph.Server.Hosting;

/// <summary>Registers the schema, the query engine and GraphQL.NET's executer.</summary>
internal static class GraphQLSetup
{
    public static void AddHubGraphQL(this WebApplicationBuilder builder)
    {
        builder.Services.AddQuerying();
        builder.Services.AddGraphQL(graphql => graphql
            .AddSchema<HubSchema>()
            .AddGraphTypes(typeof(HubSchema).Assembly)
            // Messages quote names with apostrophes; escaping them as \u0027 helps no one.
            .AddSystemTextJson(json => json.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            // One scoped DbContext per request: queries resolve one field at a time.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            .AddErrorInfoProvider<HubErrorInfoProvider>()
            .AddRequestLimits()
            .AddSavedDocuments()
            .ConfigureExecution<ValidatedDocumentCache>());
    }
}
