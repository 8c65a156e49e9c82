using GraphQL;
using GraphQL.Execution;
using GraphQL.PersistedDocuments;

namespace KampungKB.Graph.Server.Partners.Views;

/// <summary>
/// GraphQL.NET's persisted-document handler, free-form queries allowed (the per-key switch is <see cref="SavedDocumentsOnly"/>),
/// with a not-found message that says what to do. Its codes stay GraphQL.NET's: DOCUMENT_NOT_FOUND, DOCUMENT_ID_INVALID, INVALID_REQUEST.
/// </summary>
internal sealed class SavedDocumentHandler() : PersistedDocumentHandler(new PersistedDocumentOptions { AllowOnlyPersistedDocuments = false })
{
    protected override ExecutionResult CreateExecutionResult(ExecutionError error) =>
        base.CreateExecutionResult(error is DocumentNotFoundError ? new SavedDocumentNotFoundError() : error);
}

/// <summary>A <c>documentId</c> the hub has not saved.</summary>
internal sealed class SavedDocumentNotFoundError : RequestError
{
    public SavedDocumentNotFoundError()
        : base("No document is saved under this documentId. Send the document itself in 'query', or ask the hub's administrator to save it " +
            "(`kampungkb documents add FILE.graphql` prints its id: sha256: and the hex SHA-256 of the file's UTF-8 text).") =>
        Code = "DOCUMENT_NOT_FOUND";
}
