using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;

namespace KampungKB.Graph.Server.Http;

/// <summary>GraphQL over HTTP at one path (placeholder: POST JSON only).</summary>
internal static class GraphQLHttpEndpoint
{
    public static void MapGraphQLHttp(this IEndpointRouteBuilder app, string pattern) =>
        app.MapPost(pattern, async (HttpContext http, IDocumentExecuter executer, ISchema schema, IGraphQLTextSerializer serializer) =>
        {
            var request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
            var result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Schema = schema,
                Query = request?.Query,
                OperationName = request?.OperationName,
                Variables = request?.Variables,
                Extensions = request?.Extensions,
                RequestServices = http.RequestServices,
                CancellationToken = http.RequestAborted,
            });
            http.Response.ContentType = "application/graphql-response+json; charset=utf-8";
            await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
        });
}
