using GraphQL;
using GraphQL.DI;
using GraphQL.PersistedDocuments;

namespace KampungKB.Graph.Server.Partners.Views;

/// <summary>Wires saved documents: GraphQL.NET's persisted documents on our loader, and the view settings.</summary>
internal static class SavedDocumentsSetup
{
    /// <summary>Requests may carry <c>documentId</c> instead of <c>query</c>; free-form queries stay allowed except per key (<see cref="SavedDocumentsOnly"/>).</summary>
    public static IGraphQLBuilder AddSavedDocuments(this IGraphQLBuilder graphql)
    {
        // What UsePersistedDocuments<SavedDocumentLoader> does, with our handler. Scoped: the loader reads through the request's DbContext.
        graphql.Services.Register<IPersistedDocumentLoader, SavedDocumentLoader>(GraphQL.DI.ServiceLifetime.Scoped);
        // Registered before the document cache, so loaded bodies are cached too.
        return graphql.ConfigureExecution<SavedDocumentHandler>()
            .ConfigureExecution<ViewCacheEviction>()
            // Per request (GET or POST), so cached documents are checked too.
            .AddValidationRule<QueriesOnlyOverGetRule>(useForCachedDocuments: true);
    }

    public static void AddViews(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<ViewOptions>(builder.Configuration.GetSection(ViewOptions.Section));
        builder.Services.AddSingleton<ViewDocumentCache>();
        builder.Services.AddOutputCache(cache =>
        {
            cache.AddPolicy(ViewOutputCachePolicy.Name, new ViewOutputCachePolicy());
            // View names are case-sensitive: /views/A and /views/a are different views (or none).
            cache.UseCaseSensitivePaths = true;
            // Bounded well below the default 100 MB, within the hub's memory budget; a larger answer is not cached.
            cache.SizeLimit = 32 * 1024 * 1024;
            cache.MaximumBodySize = 4 * 1024 * 1024;
        });
    }
}
