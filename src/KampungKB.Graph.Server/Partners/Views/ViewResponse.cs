using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace KampungKB.Graph.Server.Partners.Views;

/// <summary>
/// A view's answer. A successful one carries a strong <c>ETag</c> (SHA-256 of the body bytes) and <c>Cache-Control: private</c>
/// (it depends on the key's scope); a request whose <c>If-None-Match</c> names the ETag gets 304 without a body.
/// </summary>
internal sealed class ViewResponse(byte[] body, string contentType, int statusCode, TimeSpan? maxAge) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    public int? StatusCode => statusCode;

    public string ContentType => contentType;

    public async Task ExecuteAsync(HttpContext http)
    {
        var response = http.Response;
        // The answer differs by key (scope) and by Accept (JSON or CSV).
        response.Headers.Vary = "Authorization, Accept";
        if (maxAge is { } age)
        {
            var etag = new EntityTagHeaderValue('"' + Base64Url(SHA256.HashData(body)) + '"');
            var headers = response.GetTypedHeaders();
            headers.ETag = etag;
            headers.CacheControl = new CacheControlHeaderValue { Private = true, MaxAge = age };
            if (http.Request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false)))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }
        response.StatusCode = statusCode;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, http.RequestAborted);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
