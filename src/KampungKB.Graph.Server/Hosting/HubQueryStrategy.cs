using System.Collections.Concurrent;
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
    // The strategy serves every request; each running query has its own collected fields.
    private readonly ConcurrentDictionary<ExecutionContext, CollectedFields> _running = new();

    public override async Task<ExecutionResult> ExecuteAsync(ExecutionContext context)
    {
        var database = context.RequestServices!.GetRequiredService<ReadDatabase>().Db.Database;
        await database.OpenConnectionAsync(context.CancellationToken);
        _running[context] = new CollectedFields();
        try
        {
            return await base.ExecuteAsync(context);
        }
        finally
        {
            _running.TryRemove(context, out _);
            await database.CloseConnectionAsync();
        }
    }

    protected override void SetSubFieldNodes(ExecutionContext context, ObjectExecutionNode parent)
    {
        var type = parent.GetObjectGraphType(context.Schema) ?? parent.GraphType;
        if (parent is RootExecutionNode || type is null || parent.SelectionSet is null || !_running.TryGetValue(context, out var collected))
        {
            base.SetSubFieldNodes(context, parent);
            return;
        }
        var fields = collected.Find(type, parent.SelectionSet)
            ?? collected.Add(type, parent.SelectionSet, [.. CollectFieldsFrom(context, type, parent.SelectionSet, null).Values]);
        var nodes = new ExecutionNode[fields.Length];
        for (var i = 0; i < fields.Length; i++)
            nodes[i] = BuildExecutionNode(parent, fields[i].Definition.ResolvedType!, fields[i].Field, fields[i].Definition);
        parent.SubFields = nodes;
    }

    /// <summary>
    /// One query's fields per selection set and object type. The serial strategy completes one node at a time, so no lock;
    /// the items of a list share their selection set, so the last one answers most lookups.
    /// </summary>
    private sealed class CollectedFields
    {
        private readonly Dictionary<(GraphQLSelectionSet, IGraphType), (GraphQLField Field, FieldType Definition)[]> _fields = [];
        private (GraphQLSelectionSet? SelectionSet, IGraphType? Type, (GraphQLField Field, FieldType Definition)[] Fields) _last;

        public (GraphQLField Field, FieldType Definition)[]? Find(IGraphType type, GraphQLSelectionSet selectionSet)
        {
            if (ReferenceEquals(_last.SelectionSet, selectionSet) && ReferenceEquals(_last.Type, type)) return _last.Fields;
            if (!_fields.TryGetValue((selectionSet, type), out var fields)) return null;
            _last = (selectionSet, type, fields);
            return fields;
        }

        public (GraphQLField Field, FieldType Definition)[] Add(IGraphType type, GraphQLSelectionSet selectionSet,
            (GraphQLField Field, FieldType Definition)[] fields)
        {
            _fields[(selectionSet, type)] = fields;
            _last = (selectionSet, type, fields);
            return fields;
        }
    }
}
