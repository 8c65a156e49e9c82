using GraphQL;
using GraphQL.Types;
using KampungKB.Graph.Server.Types;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Server.Partners.Views;

/// <summary>Root fields listing the custom views.</summary>
internal static class ViewQueries
{
    public static void AddViewQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ViewType>>>>("views")
            .Description("The custom views, by name: what each runs and the variables it takes.")
            .ResolveAsync(async ctx => await ViewCatalog.ListAsync(ctx.Db(), ctx.CancellationToken));
        query.Field<ViewType>("view")
            .Description("One custom view by name, or null.")
            .Argument<NonNullGraphType<StringGraphType>>("name", "The view's name, e.g. `jembrana-mandiri`.")
            .ResolveAsync(async ctx =>
            {
                var name = ctx.GetArgument<string>("name");
                return await ctx.Db().SavedDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Name == name, ctx.CancellationToken);
            });
    }
}
