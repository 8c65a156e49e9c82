using GraphQL;

namespace KampungKB.Graph.Server.Http;

/// <summary>Settings of the GraphQL-over-HTTP endpoint, from the <c>GraphQL</c> configuration section.</summary>
internal sealed class GraphQLHttpOptions
{
    public const string Section = "GraphQL";

    /// <summary>Largest request body read, in bytes; a larger one is answered 413 <c>REQUEST_TOO_LARGE</c>.</summary>
    public int MaxRequestBytes { get; set; } = 1024 * 1024;
}

/// <summary>
/// Shapes the <see cref="ExecutionOptions"/> of one HTTP request before it runs, e.g. the planned
/// <c>GraphQL-Diagnostics: sql</c> header. Register implementations as services; the endpoint calls each one.
/// </summary>
internal interface IGraphQLExecutionHook
{
    void Configure(HttpContext http, ExecutionOptions options);
}
