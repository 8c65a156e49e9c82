using GraphQL;
using GraphQL.DI;

namespace KampungKB.Graph.Server.Partners.Views;

/// <summary>Wires saved documents: GraphQL.NET's persisted documents on our loader, and the view settings.</summary>
internal static class SavedDocumentsSetup
{
    /// <summary>Requests may carry <c>documentId</c> instead of <c>query</c>; free-form queries stay allowed except per key (<see cref="SavedDocumentsOnly"/>).</summary>
    public static IGraphQLBuilder AddSavedDocuments(this IGraphQLBuilder graphql) =>
        // Scoped: the loader reads through the request's DbContext. Registered before the document cache, so it caches loaded bodies too.
        graphql.UsePersistedDocuments<SavedDocumentLoader>(GraphQL.DI.ServiceLifetime.Scoped, options => options.AllowOnlyPersistedDocuments = false)
            // Per request (GET or POST), so cached documents are checked too.
            .AddValidationRule<QueriesOnlyOverGetRule>(useForCachedDocuments: true);

    public static void AddViews(this WebApplicationBuilder builder) =>
        builder.Services.Configure<ViewOptions>(builder.Configuration.GetSection(ViewOptions.Section));
}
