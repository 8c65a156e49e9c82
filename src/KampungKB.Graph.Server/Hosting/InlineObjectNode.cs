using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;

namespace KampungKB.Graph.Server.Hosting;

/// <summary>
/// An object's execution node whose fields that come from the object alone were read into <see cref="Values"/> when the
/// object resolved; only its other fields are child nodes (<see cref="ObjectExecutionNode.SubFields"/>). The list's 20
/// Kampung KB are then one node, not 200.
/// </summary>
internal sealed class InlineObjectNode(ExecutionNode parent, IGraphType graphType, GraphQLField field, FieldType definition, int? indexInParentNode)
    : ObjectExecutionNode(parent, graphType, field, definition, indexInParentNode)
{
    /// <summary>The object's fields in response order, or null when all of them are child nodes.</summary>
    public ChildField[]? Fields { get; private set; }

    /// <summary>Per field of <see cref="Fields"/>, its value read inline (see <see cref="InlineShape.TryRead"/>) or its child node.</summary>
    public object?[]? Values { get; private set; }

    public void SetFields(ChildField[] fields, object?[] values, ExecutionNode[] nodes)
    {
        (Fields, Values) = (fields, values);
        SubFields = nodes;
    }

    /// <summary>As GraphQL.NET's: a dictionary per object, a list per list, for writers other than the hub's own.</summary>
    public override object? ToValue() => SubFields is null ? null : Fields is null ? base.ToValue() : InlineShape.ToDictionary(Fields, Values!);
}

/// <summary>
/// A list field's node whose items, objects of fields all read inline, were read into <see cref="Values"/> when the list
/// resolved (e.g. a Kampung KB's batched programmes): no node per item.
/// </summary>
internal sealed class InlineArrayNode(ExecutionNode parent, IGraphType graphType, GraphQLField field, FieldType definition, int? indexInParentNode,
    InlineShape? itemShape) : ArrayExecutionNode(parent, graphType, field, definition, indexInParentNode)
{
    /// <summary>How its items are read inline, or null when they cannot be.</summary>
    public InlineShape? ItemShape { get; } = itemShape;

    /// <summary>The items read inline (<see cref="InlineShape.TryReadList"/>), or null when they are nodes.</summary>
    public object?[]? Values { get; private set; }

    // No item nodes: an empty list, which GraphQL.NET's null propagation reads as a list without nulls.
    public void SetValues(object?[] values)
    {
        Values = values;
        Items = [];
    }

    public override object? ToValue() => Values is null ? base.ToValue() : ItemShape!.ToValue(Values);
}
