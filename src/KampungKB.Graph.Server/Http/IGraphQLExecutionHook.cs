using GraphQL;

namespace KampungKB.Graph.Server.Http;

/// <summary>
/// Shapes the <see cref="ExecutionOptions"/> of one HTTP request before it runs, e.g. the planned
/// <c>GraphQL-Diagnostics: sql</c> header. Register implementations as services; the endpoint calls each one.
/// </summary>
internal interface IGraphQLExecutionHook
{
    void Configure(HttpContext http, ExecutionOptions options);
}
