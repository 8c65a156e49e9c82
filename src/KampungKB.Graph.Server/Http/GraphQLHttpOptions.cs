namespace KampungKB.Graph.Server.Http;

/// <summary>Settings of the GraphQL-over-HTTP endpoint, from the <c>GraphQL</c> configuration section.</summary>
internal sealed class GraphQLHttpOptions
{
    public const string Section = "GraphQL";

    /// <summary>Largest request body read, in bytes; a larger one is answered 413 <c>REQUEST_TOO_LARGE</c>.</summary>
    public int MaxRequestBytes { get; set; } = 1024 * 1024;
}
