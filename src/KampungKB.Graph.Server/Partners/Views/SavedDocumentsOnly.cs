using GraphQL.Transport;
using KampungKB.Graph.Server.Http;

namespace KampungKB.Graph.Server.Partners.Views;

/// <summary>
/// The per-key switch <c>--saved-only</c>: such a key runs views and documents by <c>documentId</c>, never a document of its own.
/// (GraphQL.NET's <c>AllowOnlyPersistedDocuments</c> holds for every caller; this holds per key.)
/// </summary>
internal static class SavedDocumentsOnly
{
    public const string Code = "PERSISTED_DOCUMENT_REQUIRED";

    /// <summary>The 403 for a free-form <c>query</c> from a saved-only key; null when the request may run.</summary>
    public static TransportError? Refuses(HttpContext http, GraphQLRequest request) =>
        string.IsNullOrWhiteSpace(request.Query) || !HubCaller.From(http.User).SavedDocumentsOnly
            ? null
            : new(StatusCodes.Status403Forbidden, Code,
                """This API key may run saved documents only. Send {"documentId": "sha256:..."} instead of 'query', or fetch a view at GET /views/{name}; """ +
                "the hub's administrator lists them with `kampungkb views list` and saves new ones with `kampungkb views add` or `documents add`.");
}
