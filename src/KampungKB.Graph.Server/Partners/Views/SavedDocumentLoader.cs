using GraphQL.PersistedDocuments;
using KampungKB.Graph.Data;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Server.Partners.Views;

/// <summary>GraphQL.NET's persisted-document loader: <c>documentId: "sha256:..."</c> reads the body from <c>SavedDocuments</c>.</summary>
internal sealed class SavedDocumentLoader(KampungKbDbContext db) : IPersistedDocumentLoader
{
    // Compiled once: a partner sending documents by id looks one up on every request.
    private static readonly Func<KampungKbDbContext, string, CancellationToken, Task<string?>> BodyByHash =
        EF.CompileAsyncQuery((KampungKbDbContext db, string hash, CancellationToken _) =>
            db.SavedDocuments.AsNoTracking().Where(d => d.Hash == hash).Select(d => d.Body).FirstOrDefault());

    public async ValueTask<string?> GetQueryAsync(string? documentIdPrefix, string documentIdPayload, CancellationToken cancellationToken)
        => await BodyByHash(db, $"{documentIdPrefix}:{documentIdPayload}", cancellationToken);
}
