using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
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
/// GraphQL.NET's serial strategy for queries, with five savings. The query's statements share one open connection (EF Core
/// would open and close it around each). Each selection set's fields are collected once per object type, per request
/// when <c>@skip</c> or <c>@include</c> may depend on its variables and else once for every request, rather than once per
/// object: the nested read builds 2,800 objects from five selection sets. Fields that come from their object alone are
/// read into it inline, without a node each (<see cref="InlineObjectNode"/>): a page of 20 Kampung KB is one node, and a
/// batched list of such objects needs no node per item once it loads (<see cref="InlineArrayNode"/>). A
/// scalar's result is checked for null only, without the type tests an object needs. And a batched field whose batch has
/// loaded completes at once.
/// </summary>
internal sealed class HubQueryStrategy : SerialExecutionStrategy
{
    // The strategy serves every request; each running query has its own collected fields.
    private readonly ConcurrentDictionary<ExecutionContext, CollectedFields> _running = new();

    public override async Task<ExecutionResult> ExecuteAsync(ExecutionContext context)
    {
        var database = context.RequestServices!.GetRequiredService<ReadDatabase>().Db.Database;
        await database.OpenConnectionAsync(context.CancellationToken);
        _running[context] = new CollectedFields(Unconditional(context.Document));
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
        if (parent is RootExecutionNode || parent.SelectionSet is not { } selectionSet || !_running.TryGetValue(context, out var collected)
            || (parent.GraphType as IObjectGraphType ?? parent.GetObjectGraphType(context.Schema)) is not { } type)
        {
            base.SetSubFieldNodes(context, parent);
            return;
        }
        // An object type is its own object type: its fields are filed under it. An interface or union is resolved per object.
        var fields = FieldsOf(context, collected, type, selectionSet);
        if (parent is not InlineObjectNode inline || !Array.Exists(fields, f => f.Inline is not null))
        {
            var subFields = new ExecutionNode[fields.Length];
            for (var i = 0; i < fields.Length; i++) subFields[i] = fields[i].NodeUnder(parent);
            parent.SubFields = subFields;
            return;
        }
        var values = new object?[fields.Length];
        var nodeCount = 0;
        for (var i = 0; i < fields.Length; i++)
            if (!TryReadInline(fields[i], parent.Result!, out values[i]))
            {
                values[i] = fields[i].NodeUnder(parent);
                nodeCount++;
            }
        var nodes = nodeCount == 0 ? [] : new ExecutionNode[nodeCount];
        for (int i = 0, n = 0; n < nodeCount; i++)
            if (values[i] is ExecutionNode node) nodes[n++] = node;
        inline.SetFields(fields, values, nodes);
    }

    // A list of objects whose fields are all read inline needs no node per item.
    protected override Task SetArrayItemNodesAsync(ExecutionContext context, ArrayExecutionNode parent)
    {
        if (parent is not InlineArrayNode { ItemShape: { } shape } inline) return base.SetArrayItemNodesAsync(context, parent);
        try
        {
            if (shape.TryReadList(parent.Result!, out var values))
            {
                inline.SetValues((object?[])values!);
                return Task.CompletedTask;
            }
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
        }
        return base.SetArrayItemNodesAsync(context, parent);
    }

    // A failing read leaves the field to its node, whose resolver then reports the error at the field's path.
    private static bool TryReadInline(ChildField field, object source, out object? value)
    {
        value = null;
        try
        {
            return field.Inline is not null && InlineShape.TryRead(field, source, out value);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return false;
        }
    }

    private ChildField[] FieldsOf(ExecutionContext context, CollectedFields collected, IObjectGraphType type, GraphQLSelectionSet selectionSet)
    {
        if (collected.Find(type, selectionSet) is { } fields) return fields;
        var shared = collected.Unconditional ? Shared.GetOrCreateValue(selectionSet) : null;
        if (shared is null || !shared.TryGetValue(type, out fields))
        {
            fields = Collect(context, collected, type, selectionSet);
            shared?.TryAdd(type, fields);
        }
        return collected.Add(type, selectionSet, fields);
    }

    // Apart from FieldsOf, whose every call would otherwise allocate this lambda's closure.
    private ChildField[] Collect(ExecutionContext context, CollectedFields collected, IObjectGraphType type, GraphQLSelectionSet selectionSet) =>
        [.. CollectFieldsFrom(context, type, selectionSet, null).Select(f => ChildField.Of(context.Schema, type, f.Key, f.Value.field,
            f.Value.fieldType, (childType, childSelection) => FieldsOf(context, collected, childType, childSelection)))];

    // The fields of a cached document's selection sets, for every request, when no @skip or @include can change them.
    private static readonly ConditionalWeakTable<GraphQLSelectionSet, ConcurrentDictionary<IGraphType, ChildField[]>> Shared = new();

    // A document that does not even contain the words has no @skip or @include (a directive's name may follow '@' after a space).
    private static bool Unconditional(GraphQLDocument document) =>
        document.Source.Span.IndexOf("skip".AsSpan()) < 0 && document.Source.Span.IndexOf("include".AsSpan()) < 0;

    // The root's fields and a list's items: objects get the node that reads their fields inline.
    protected override ExecutionNode BuildExecutionNode(ExecutionNode parent, IGraphType graphType, GraphQLField field, FieldType fieldDefinition, int? indexInParentNode = null)
    {
        var type = graphType is NonNullGraphType nonNull ? nonNull.ResolvedType! : graphType;
        return type is IObjectGraphType or IAbstractGraphType
            ? new InlineObjectNode(parent, type, field, fieldDefinition, indexInParentNode)
            : base.BuildExecutionNode(parent, graphType, field, fieldDefinition, indexInParentNode);
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
    /// One query's fields per selection set and object type. The serial strategy completes one node at a time, so no lock;
    /// the items of a list share their selection set, so the last one answers most lookups.
    /// </summary>
    private sealed class CollectedFields(bool unconditional)
    {
        /// <summary>Whether the fields do not depend on the request's variables, so requests may share them.</summary>
        public bool Unconditional { get; } = unconditional;


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
