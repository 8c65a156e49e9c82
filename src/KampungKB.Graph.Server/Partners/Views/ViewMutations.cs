using GraphQL;
using GraphQL.Types;
using KampungKB.Graph.Data.Partners;

namespace KampungKB.Graph.Server.Partners.Views;

/// <summary>Admin mutations <c>saveView</c> and <c>removeView</c>.</summary>
internal static class ViewMutations
{
    public static void AddViewMutations(this ObjectGraphType mutation)
    {
        mutation.Field<SaveViewPayloadType>("saveView")
            .Description("Save a query as a view (admin). The document is validated against the schema first; saving an existing name replaces its document.")
            .Argument<NonNullGraphType<SaveViewInputType>>("input", "The view's name and document.")
            .ResolveAsync(async ctx =>
            {
                RequireAdmin(ctx);
                var input = ctx.GetArgument<SaveViewInput>("input");
                var outcome = await ViewCatalog.SaveViewAsync(ctx.RequestServices!, input.Name.Trim(), input.Document, ctx.Caller().Name, ctx.CancellationToken);
                return new SaveViewPayload(outcome.Document, outcome.Replaced, outcome.Problems);
            });
        mutation.Field<RemoveViewPayloadType>("removeView")
            .Description("Remove a view and its document (admin); its URL and documentId stop working.")
            .Argument<NonNullGraphType<RemoveViewInputType>>("input", "The view to remove.")
            .ResolveAsync(async ctx =>
            {
                RequireAdmin(ctx);
                var name = ctx.GetArgument<RemoveViewInput>("input").Name.Trim();
                var removed = await ViewCatalog.RemoveViewAsync(ctx.RequestServices!, name, ctx.CancellationToken);
                return new RemoveViewPayload(removed, removed is not null ? []
                    : [new ViewProblem(ViewProblemKind.ViewNotFound, $"There is no view named '{name}'; the `views` query lists them.")]);
            });
    }

    private static void RequireAdmin(IResolveFieldContext ctx)
    {
        var caller = ctx.Caller();
        if (!caller.Has(HubRole.Admin))
            throw new ExecutionError($"Managing views needs an admin key; this request is {(caller.IsAnonymous ? "anonymous" : $"from '{caller.Name}', whose role is {caller.Role.ToString().ToLowerInvariant()}")}. " +
                "Ask the hub's administrator, or use `kampungkb views add` on the server.") { Code = AuthErrors.NotAuthorized };
    }
}
