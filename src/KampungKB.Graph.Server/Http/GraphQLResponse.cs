using GraphQL;
using GraphQL.Execution;

namespace KampungKB.Graph.Server.Http;

/// <summary>Writes an <see cref="ExecutionResult"/> as a GraphQL response in the negotiated media type.</summary>
internal sealed class GraphQLResponse(ExecutionResult result, int statusCode, string mediaType) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    public int? StatusCode => statusCode;

    public string ContentType => mediaType + "; charset=utf-8";

    /// <summary>The <c>Allow</c> header of a 405.</summary>
    public string? Allow { get; init; }

    /// <summary>A response carrying only <paramref name="error"/>, with its status.</summary>
    public static GraphQLResponse For(TransportError error, string mediaType, string? allow = null) =>
        new(new ExecutionResult(new RequestError(error.Message) { Code = error.Code }), error.Status, mediaType) { Allow = allow };

    public async Task ExecuteAsync(HttpContext http)
    {
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = ContentType;
        // The same URL answers in two media types.
        http.Response.Headers.Vary = "Accept";
        if (Allow is not null) http.Response.Headers.Allow = Allow;
        var serializer = http.RequestServices.GetRequiredService<IGraphQLSerializer>();
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
