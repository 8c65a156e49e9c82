using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using KampungKB.Graph.Data;
using Microsoft.EntityFrameworkCore;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace KampungKB.Graph.Server.Hosting;

/// <summary>
/// GraphQL.NET's serial strategy for queries, with two savings. The query's statements share one open connection (EF Core
/// would open and close it around each, and SQLite registers its functions on every open). Each selection set's fields are
/// collected once per request and object type rather than once per object: the nested read builds 2,800 objects from five
/// selection sets. Per request, as <c>@skip</c> and <c>@include</c> may depend on its variables.
/// </summary>
internal sealed class HubQueryStrategy : SerialExecutionStrategy
{
    private const string CacheKey = "KampungKB.CollectedFields";

    public override async Task<ExecutionResult> ExecuteAsync(ExecutionContext context)
    {
        var database = context.RequestServices!.GetRequiredService<ReadDatabase>().Db.Database;
        await database.OpenConnectionAsync(context.CancellationToken);
        try
        {
            return await base.ExecuteAsync(context);
        }
        finally
        {
            await database.CloseConnectionAsync();
        }
    }

    protected override void SetSubFieldNodes(ExecutionContext context, ObjectExecutionNode parent)
    {
        var type = parent.GetObjectGraphType(context.Schema) ?? parent.GraphType;
        if (parent is RootExecutionNode || type is null || parent.SelectionSet is null)
        {
            base.SetSubFieldNodes(context, parent);
            return;
        }
        var fields = Collected(context, type, parent.SelectionSet);
        var nodes = new ExecutionNode[fields.Length];
        for (var i = 0; i < fields.Length; i++)
            nodes[i] = BuildExecutionNode(parent, fields[i].Definition.ResolvedType!, fields[i].Field, fields[i].Definition);
        parent.SubFields = nodes;
    }

    private (GraphQLField Field, FieldType Definition)[] Collected(ExecutionContext context, IGraphType type, GraphQLSelectionSet selectionSet)
    {
        Dictionary<(GraphQLSelectionSet, IGraphType), (GraphQLField, FieldType)[]> cache;
        lock (context.UserContext)
        {
            if (context.UserContext.TryGetValue(CacheKey, out var found) && found is Dictionary<(GraphQLSelectionSet, IGraphType), (GraphQLField, FieldType)[]> existing)
                cache = existing;
            else
                context.UserContext[CacheKey] = cache = [];
        }
        lock (cache)
        {
            if (!cache.TryGetValue((selectionSet, type), out var fields))
                cache[(selectionSet, type)] = fields = [.. CollectFieldsFrom(context, type, selectionSet, null).Values];
            return fields;
        }
    }
}
