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
    public override object? ToValue() => SubFields is null ? null : Fields is null ? base.ToValue() : ToDictionary(Fields, Values!);

    private static Dictionary<string, object?> ToDictionary(ChildField[] fields, object?[] values)
    {
        var dictionary = new Dictionary<string, object?>(fields.Length);
        for (var i = 0; i < fields.Length; i++)
            dictionary.Add(fields[i].Name, values[i] is ExecutionNode node ? node.ToValue() : ToValue(fields[i].Inline!, values[i]));
        return dictionary;
    }

    private static object? ToValue(InlineShape shape, object? value) => value is null ? null
        : shape.IsList ? ((object?[])value).Select(item => Item(shape, item)).ToList()
        : Item(shape, value);

    private static object? Item(InlineShape shape, object? item) =>
        item is null || shape.Scalar is not null ? item : ToDictionary(shape.Fields!, (object?[])item);
}
