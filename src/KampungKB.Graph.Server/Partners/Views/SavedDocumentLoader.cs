using GraphQL.PersistedDocuments;
using KampungKB.Graph.Data;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Server.Partners.Views;

/// <summary>GraphQL.NET's persisted-document loader: <c>documentId: "sha256:..."</c> reads the body from <c>SavedDocuments</c>.</summary>
internal sealed class SavedDocumentLoader(KampungKbDbContext db) : IPersistedDocumentLoader
{
    public async ValueTask<string?> GetQueryAsync(string? documentIdPrefix, string documentIdPayload, CancellationToken cancellationToken)
    {
        var hash = $"{documentIdPrefix}:{documentIdPayload}";
        return await db.SavedDocuments.AsNoTracking().Where(d => d.Hash == hash).Select(d => d.Body).FirstOrDefaultAsync(cancellationToken);
    }
}
