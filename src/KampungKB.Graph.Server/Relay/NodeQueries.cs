using GraphQL;
using GraphQL.Types;
using KampungKB.Graph.Data;
using KampungKB.Graph.Server.Types;

namespace KampungKB.Graph.Server.Relay;

/// <summary>Relay's <c>node(id:)</c> and <c>nodes(ids:)</c> root fields.</summary>
internal static class NodeQueries
{
    public const int MaxIds = 1000;

    public static void AddNodeQueries(this ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Fetches any object by its global ID; null when it no longer exists.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global ID as returned in an `id` field.")
            .ResolveAsync(async ctx => (await Load(ctx, [ctx.GetArgument<string>("id")]))[0]);
        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description($"Fetches objects by their global IDs, in the order given (at most {MaxIds}); null where one no longer exists.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Global IDs as returned in `id` fields.")
            .ResolveAsync(async ctx =>
            {
                var ids = ctx.GetArgument<List<string>>("ids");
                if (ids.Count > MaxIds)
                    throw new ExecutionError($"`nodes` takes at most {MaxIds} IDs; this request has {ids.Count}. Split it.") { Code = "TOO_MANY_IDS" };
                return await Load(ctx, ids);
            });
    }

    private static Task<object?[]> Load(IResolveFieldContext ctx, IReadOnlyList<string> ids) =>
        NodeLoader.LoadAsync(ctx.Db(), ids, ctx.CancellationToken);
}
