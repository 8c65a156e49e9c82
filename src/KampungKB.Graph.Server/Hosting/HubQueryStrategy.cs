using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using KampungKB.Graph.Data;
using Microsoft.EntityFrameworkCore;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace KampungKB.Graph.Server.Hosting;

/// <summary>
/// GraphQL.NET's serial strategy for queries, with four savings. The query's statements share one open connection (EF Core
/// would open and close it around each). Each selection set's fields are collected once per request and object type
/// rather than once per object, with the kind of node each makes: the nested read builds 2,800 objects from five selection
/// sets. Per request, as <c>@skip</c> and <c>@include</c> may depend on its variables. A scalar's result is checked
/// for null only, without the type tests an object needs. And a batched field whose batch has loaded completes at once.
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
        if (parent is RootExecutionNode || parent.SelectionSet is not { } selectionSet || !_running.TryGetValue(context, out var collected))
        {
            base.SetSubFieldNodes(context, parent);
            return;
        }
        // An object type is its own object type: its fields are filed under it. An interface or union is resolved per object.
        var fields = collected.Find(parent.GraphType, selectionSet);
        if (fields is null)
        {
            if (parent.GetObjectGraphType(context.Schema) is not { } type)
            {
                base.SetSubFieldNodes(context, parent);
                return;
            }
            fields = collected.Find(type, selectionSet)
                ?? collected.Add(type, selectionSet, [.. CollectFieldsFrom(context, type, selectionSet, null).Values.Select(ChildField.Of)]);
        }
        var nodes = new ExecutionNode[fields.Length];
        for (var i = 0; i < fields.Length; i++) nodes[i] = fields[i].NodeUnder(parent);
        parent.SubFields = nodes;
    }

    // Once a batch has loaded, its other results are complete: they complete here without GraphQL.NET's closure and two
    // awaited steps per node (the nested read has 1,400 programme references).
    protected override Task CompleteDataLoaderNodeAsync(ExecutionContext context, ExecutionNode node)
    {
        if (node.Result is not IDataLoaderResult pending || (context.Schema as Schema)?.ResolveFieldContextAccessor is not null)
            return base.CompleteDataLoaderNodeAsync(context, node);
        Task<object?> loading;
        try
        {
            loading = pending.GetResultAsync(context.CancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
        {
            return FailAsync(context, node, error);
        }
        if (!loading.IsCompletedSuccessfully) return CompleteLoadingAsync(context, node, loading);
        node.Result = loading.Result;
        return node.Result is IDataLoaderResult ? Task.CompletedTask : CompleteNodeAsync(context, node);
    }

    private async Task CompleteLoadingAsync(ExecutionContext context, ExecutionNode node, Task<object?> loading)
    {
        try
        {
            node.Result = await loading;
        }
        catch (Exception error) when (error is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
        {
            await FailAsync(context, node, error);
            return;
        }
        if (node.Result is not IDataLoaderResult) await CompleteNodeAsync(context, node);
    }

    // As GraphQL.NET's own: an ExecutionError is the field's error; anything else goes to the unhandled-exception handler.
    private async Task FailAsync(ExecutionContext context, ExecutionNode node, Exception error)
    {
        if (error is ExecutionError executionError) SetNodeError(context, node, executionError);
        else if (await ProcessNodeUnhandledExceptionAsync(context, node, error)) ExceptionDispatchInfo.Throw(error);
    }

    // A scalar's result needs only the non-null check: it is neither an object nor abstract.
    protected override void ValidateNodeResult(ExecutionContext context, ExecutionNode node)
    {
        if (node is not ValueExecutionNode) base.ValidateNodeResult(context, node);
        else if (node.Result is null && DeclaredType(node) is NonNullGraphType nonNull)
            throw new InvalidOperationException($"Cannot return null for non-null type. Field: {node.Name}, Type: {nonNull}.");
    }

    // The field's type, or for an item of a list the list's item type: GraphQL.NET's internal ExecutionNode.ResolvedType.
    private static IGraphType? DeclaredType(ExecutionNode node) =>
        node.IndexInParentNode is null ? node.FieldDefinition?.ResolvedType : ((ListGraphType)node.Parent!.GraphType!).ResolvedType;

    /// <summary>
    /// A field of a selection set with the kind of node it makes, found once: GraphQL.NET's own node builder tests the
    /// field's type against four types, three of them interfaces, for every field of every object.
    /// </summary>
    private sealed record ChildField(GraphQLField Field, FieldType Definition, IGraphType Type, ScalarGraphType? Scalar)
    {
        public static ChildField Of((GraphQLField Field, FieldType Definition) field)
        {
            var type = field.Definition.ResolvedType is NonNullGraphType nonNull ? nonNull.ResolvedType! : field.Definition.ResolvedType!;
            return type is ListGraphType or IObjectGraphType or IAbstractGraphType or ScalarGraphType
                ? new(field.Field, field.Definition, type, type as ScalarGraphType)
                : throw new InvalidOperationException($"Unexpected type: {type}");
        }

        public ExecutionNode NodeUnder(ExecutionNode parent) =>
            Scalar is { } scalar ? new ValueExecutionNode(parent, scalar, Field, Definition, null)
            : Type is ListGraphType ? new ArrayExecutionNode(parent, Type, Field, Definition, null)
            : new ObjectExecutionNode(parent, Type, Field, Definition, null);
    }

    /// <summary>
    /// One query's fields per selection set and object type. The serial strategy completes one node at a time, so no lock;
    /// the items of a list share their selection set, so the last one answers most lookups.
    /// </summary>
    private sealed class CollectedFields
    {
        private readonly Dictionary<(GraphQLSelectionSet, IGraphType), ChildField[]> _fields = [];
        private (GraphQLSelectionSet? SelectionSet, IGraphType? Type, ChildField[] Fields) _last;

        public ChildField[]? Find(IGraphType type, GraphQLSelectionSet selectionSet)
        {
            if (ReferenceEquals(_last.SelectionSet, selectionSet) && ReferenceEquals(_last.Type, type)) return _last.Fields;
            if (!_fields.TryGetValue((selectionSet, type), out var fields)) return null;
            _last = (selectionSet, type, fields);
            return fields;
        }

        public ChildField[] Add(IGraphType type, GraphQLSelectionSet selectionSet, ChildField[] fields)
        {
            _fields[(selectionSet, type)] = fields;
            _last = (selectionSet, type, fields);
            return fields;
        }
    }
}
