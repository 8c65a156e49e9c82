using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http.Features;

namespace KampungKB.Graph.Server.Http;

/// <summary>An HTTP request we refuse before GraphQL sees it: its status and a coded error a person can act on.</summary>
internal sealed record TransportError(int Status, string Code, string Message);

/// <summary>Turns a POST body or GET query string into a <see cref="GraphQLRequest"/>, or a <see cref="TransportError"/>.</summary>
internal static class GraphQLRequestReader
{
    private const string Example = """{"query": "{ __typename }"}""";

    /// <summary>Reads a JSON body of at most <paramref name="maxBytes"/> bytes.</summary>
    public static async Task<(GraphQLRequest? Request, TransportError? Error)> ReadBodyAsync(
        HttpRequest http, int maxBytes, IGraphQLSerializer serializer, CancellationToken ct)
    {
        if (http.ContentLength > maxBytes) return (null, TooLarge(maxBytes));
        // Our limit replaces Kestrel's (30 MB), so the answer is always the coded 413 below.
        if (http.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } kestrelLimit)
            kestrelLimit.MaxRequestBodySize = null;
        byte[]? body;
        try
        {
            body = await ReadAtMostAsync(http.Body, maxBytes, ct);
        }
        catch (BadHttpRequestException e)
        {
            return (null, new(e.StatusCode, ErrorCodes.InvalidRequest, $"The request body could not be read: {e.Message}"));
        }
        if (body is null) return (null, TooLarge(maxBytes));
        var text = SkipByteOrderMark(body);
        if (text.IsEmpty)
            return (null, Invalid(ErrorCodes.InvalidJson, $"The request body is empty. Send a JSON object such as {Example}."));
        // JsonDocument checks UTF-8 only when a string is read, and then throws InvalidOperationException.
        if (!Utf8.IsValid(text.Span))
            return (null, Invalid(ErrorCodes.InvalidJson, "The request body is not valid UTF-8; send JSON encoded in UTF-8."));
        try
        {
            using var json = JsonDocument.Parse(text);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
                return (null, Invalid(ErrorCodes.InvalidRequest, $"The request body must be a JSON object such as {Example}, not {Kind(json.RootElement)}."));
            var root = json.RootElement;
            return FromParameters(
                root.TryGetProperty("query", out var query) ? query : default,
                root.TryGetProperty("operationName", out var operationName) ? operationName : default,
                root.TryGetProperty("variables", out var variables) ? variables : default,
                root.TryGetProperty("extensions", out var extensions) ? extensions : default,
                root.TryGetProperty("documentId", out var documentId) ? documentId : default,
                serializer);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: a string escape that is no Unicode text, such as a lone "\ud800".
            return (null, Invalid(ErrorCodes.InvalidJson, $"The request body is not valid JSON: {e.Message}"));
        }
    }

    /// <summary>Reads <c>query</c>, <c>documentId</c>, <c>operationName</c> and the JSON-encoded <c>variables</c> and <c>extensions</c> of a GET.</summary>
    public static (GraphQLRequest? Request, TransportError? Error) ReadQueryString(IQueryCollection parameters, IGraphQLSerializer serializer)
    {
        foreach (var name in (string[])["query", "documentId", "operationName", "variables", "extensions"])
            if (parameters[name].Count > 1)
                return (null, Invalid(ErrorCodes.InvalidRequest, $"The '{name}' parameter is given more than once; give it once."));

        var request = new GraphQLRequest
        {
            Query = parameters["query"],
            DocumentId = NullIfEmpty(parameters["documentId"]),
            OperationName = NullIfEmpty(parameters["operationName"]),
        };
        var (variables, error) = ParseJsonParameter(parameters["variables"], "variables", ErrorCodes.InvalidVariables, serializer);
        if (error is not null) return (null, error);
        request.Variables = variables;
        (request.Extensions, error) = ParseJsonParameter(parameters["extensions"], "extensions", ErrorCodes.InvalidRequest, serializer);
        return error is null ? (request, null) : (null, error);
    }

    private static (GraphQLRequest?, TransportError?) FromParameters(
        JsonElement query, JsonElement operationName, JsonElement variables, JsonElement extensions, JsonElement documentId, IGraphQLSerializer serializer)
    {
        if (!IsStringOrAbsent(query))
            return (null, Invalid(ErrorCodes.InvalidRequest, $"The 'query' parameter must be a string holding a GraphQL document, not {Kind(query)}."));
        if (!IsStringOrAbsent(documentId))
            return (null, Invalid(ErrorCodes.InvalidRequest, $"The 'documentId' parameter must be a string such as \"sha256:<64 hex digits>\", not {Kind(documentId)}."));
        if (!IsStringOrAbsent(operationName))
            return (null, Invalid(ErrorCodes.InvalidRequest, $"The 'operationName' parameter must be a string, not {Kind(operationName)}."));
        if (!IsObjectOrAbsent(variables))
            return (null, Invalid(ErrorCodes.InvalidVariables, $"The 'variables' parameter must be a JSON object mapping variable names to values, not {Kind(variables)}."));
        if (!IsObjectOrAbsent(extensions))
            return (null, Invalid(ErrorCodes.InvalidRequest, $"The 'extensions' parameter must be a JSON object, not {Kind(extensions)}."));
        return (new GraphQLRequest
        {
            Query = query.ValueKind == JsonValueKind.String ? query.GetString() : null,
            DocumentId = documentId.ValueKind == JsonValueKind.String ? NullIfEmpty(documentId.GetString()) : null,
            OperationName = operationName.ValueKind == JsonValueKind.String ? NullIfEmpty(operationName.GetString()) : null,
            Variables = variables.ValueKind == JsonValueKind.Object ? serializer.ReadNode<Inputs>(variables) : null,
            Extensions = extensions.ValueKind == JsonValueKind.Object ? serializer.ReadNode<Inputs>(extensions) : null,
        }, null);
    }

    private static (Inputs?, TransportError?) ParseJsonParameter(string? text, string name, string code, IGraphQLSerializer serializer)
    {
        if (string.IsNullOrWhiteSpace(text)) return (null, null);
        try
        {
            using var json = JsonDocument.Parse(text);
            return IsObjectOrAbsent(json.RootElement)
                ? (json.RootElement.ValueKind == JsonValueKind.Object ? serializer.ReadNode<Inputs>(json.RootElement) : null, null)
                : (null, Invalid(code, $"The '{name}' parameter must be a URL-encoded JSON object, not {Kind(json.RootElement)}."));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return (null, Invalid(ErrorCodes.InvalidJson, $"The '{name}' parameter is not valid JSON: {e.Message}"));
        }
    }

    // Counts bytes as they arrive, so a chunked body without Content-Length is limited too; null when over the limit.
    private static async Task<byte[]?> ReadAtMostAsync(Stream body, int maxBytes, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + read > maxBytes) return null;
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return buffer.ToArray();
    }

    private static ReadOnlyMemory<byte> SkipByteOrderMark(byte[] body) =>
        body.AsSpan().StartsWith("\uFEFF"u8) ? body.AsMemory(3) : body.AsMemory();

    private static bool IsStringOrAbsent(JsonElement value) => value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.String;

    private static bool IsObjectOrAbsent(JsonElement value) => value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.Object;

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static TransportError Invalid(string code, string message) => new(StatusCodes.Status400BadRequest, code, message);

    private static TransportError TooLarge(int maxBytes) => new(StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge,
        $"The request body is larger than the hub's limit of {maxBytes:N0} bytes (GraphQL:MaxRequestBytes). Send a smaller query or split it into several requests.");
}
