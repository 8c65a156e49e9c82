using GraphQL;
using GraphQL.Types;
using KampungKB.Graph.Querying;
using KampungKB.Graph.Server.Relay;
using KampungKB.Graph.Server.Types;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Server.KampungKb;

/// <summary>Root fields for Kampung KB.</summary>
internal static class KampungKbQueries
{
    public static void AddKampungKbQueries(this ObjectGraphType query)
    {
        query.Connection("kampungKbs", typeof(KampungKbType), HubData.Rows(db => db.KampungKbs))
            .Filter<KampungKbFilterInputType>().Sort<KampungKbSortInputType>()
            .Description("Kampung KB with cursor paging, by database ID unless `order` says otherwise.");
        query.CollectionSegment("kampungKbTable", typeof(KampungKbType), HubData.Rows(db => db.KampungKbs))
            .Filter<KampungKbFilterInputType>().Sort<KampungKbSortInputType>()
            .Description("Kampung KB with offset paging (`skip`, `take`), for tables with page numbers.");
        query.Field<KampungKbType>("kampungKb")
            .Description("One Kampung KB by its ID (the global `id`, or the database number), or null.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The `id` of a Kampung KB, or its database number.")
            .ResolveAsync(async ctx =>
            {
                var id = ctx.GetArgument<string>("id");
                if (!KampungKbIds.TryParse(id, out var key)) throw new InvalidIdError(id);
                return await ctx.Db().KampungKbs.AsNoTracking().FirstOrDefaultAsync(k => k.Id == key, ctx.CancellationToken);
            });
    }
}
