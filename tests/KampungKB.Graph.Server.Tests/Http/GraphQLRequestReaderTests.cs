using System.Text;
using GraphQL.SystemTextJson;
using KampungKB.Graph.Server.Http;
using Microsoft.AspNetCore.Http;

namespace KampungKB.Graph.Server.Tests.Http;

/// <summary>Body reading cases the in-memory test server cannot send (it always sets Content-Length).</summary>
public sealed class GraphQLRequestReaderTests
{
    [Fact(DisplayName = "A chunked body (no Content-Length) is cut off at the limit: 413 REQUEST_TOO_LARGE")]
    public async Task Chunked_body_over_the_limit_is_413()
    {
        var http = new DefaultHttpContext();
        http.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes($$$"""{"query": "{ __typename }", "extensions": {"padding": "{{{new string('x', 4096)}}}"}}"""));

        var (request, error) = await GraphQLRequestReader.ReadBodyAsync(http.Request, maxBytes: 1024, new GraphQLSerializer(), CancellationToken.None);

        Assert.Null(request);
        Assert.Equal((413, ErrorCodes.RequestTooLarge), (error?.Status, error?.Code));
    }

    [Fact(DisplayName = "A chunked body within the limit is read whole")]
    public async Task Chunked_body_within_the_limit_is_read()
    {
        var http = new DefaultHttpContext();
        http.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes("""{"query": "{ __typename }", "operationName": null}"""));

        var (request, error) = await GraphQLRequestReader.ReadBodyAsync(http.Request, maxBytes: 1024, new GraphQLSerializer(), CancellationToken.None);

        Assert.Null(error);
        Assert.Equal("{ __typename }", request?.Query);
    }
}
