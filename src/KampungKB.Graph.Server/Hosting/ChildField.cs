using System.Collections;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQLParser.AST;
using KampungKB.Graph.Querying;

namespace KampungKB.Graph.Server.Hosting;

/// <summary>
/// A field of a selection set, found once per request and object type: the kind of node it makes (GraphQL.NET's own node
/// builder tests the field's type against four types, three of them interfaces, for every field of every object) and,
/// when its value comes from its object alone, how to read it inline instead (<see cref="Inline"/>).
/// </summary>
internal sealed class ChildField
{
    private ChildField(string name, GraphQLField field, FieldType definition, IGraphType type, bool nonNull)
        => (Name, Field, Definition, Type, NonNull) = (name, field, definition, type, nonNull);

    /// <summary>The response key: the alias, else the field's name.</summary>
    public string Name { get; }

    public GraphQLField Field { get; }

    public FieldType Definition { get; }

    /// <summary>The field's type without its non-null wrapper.</summary>
    public IGraphType Type { get; }

    public bool NonNull { get; }

    /// <summary>How to read the field straight from its object, or null when it runs as an execution node.</summary>
    public InlineShape? Inline { get; private set; }

    /// <summary>For a list of objects whose fields are all read inline, how to read its items once the list has resolved.</summary>
    public InlineShape? Items { get; private set; }

    /// <summary>
    /// The field as found in <paramref name="schema"/>'s <paramref name="parent"/> type; <paramref name="fieldsOf"/> gives
    /// the fields of a selection set on an object type (for an object or list field read inline, all of them must be).
    /// </summary>
    public static ChildField Of(ISchema schema, IObjectGraphType parent, string name, GraphQLField field, FieldType definition,
        Func<IObjectGraphType, GraphQLSelectionSet, ChildField[]> fieldsOf)
    {
        var type = definition.ResolvedType is NonNullGraphType nonNull ? nonNull.ResolvedType! : definition.ResolvedType!;
        if (type is not (ListGraphType or IObjectGraphType or IAbstractGraphType or ScalarGraphType))
            throw new InvalidOperationException($"Unexpected type: {type}");
        var child = new ChildField(name, field, definition, type, definition.ResolvedType is NonNullGraphType);
        var reader = ReaderOf(schema, parent, definition);
        if (type is ListGraphType list)
        {
            var itemNonNull = list.ResolvedType is NonNullGraphType;
            var item = itemNonNull ? ((NonNullGraphType)list.ResolvedType!).ResolvedType! : list.ResolvedType!;
            var items = ShapeOf(item, field.SelectionSet, fieldsOf) is { } shape ? shape with { IsList = true, ItemNonNull = itemNonNull } : null;
            // GraphQL.NET serializes a list of scalars without nodes already.
            child.Items = items?.ObjectType is not null ? items : null;
            child.Inline = reader is not null && items is not null ? items with { Reader = reader } : null;
        }
        else if (reader is not null) child.Inline = ShapeOf(type, field.SelectionSet, fieldsOf) is { } shape ? shape with { Reader = reader } : null;
        return child;
    }

    public ExecutionNode NodeUnder(ExecutionNode parent) => Type switch
    {
        ScalarGraphType scalar => new ValueExecutionNode(parent, scalar, Field, Definition, null),
        ListGraphType => new InlineArrayNode(parent, Type, Field, Definition, null, Items),
        _ => new InlineObjectNode(parent, Type, Field, Definition, null),
    };

    // A scalar, or an object type whose selected fields are all read inline; lists of lists and abstract types run as nodes.
    private static InlineShape? ShapeOf(IGraphType type, GraphQLSelectionSet? selectionSet, Func<IObjectGraphType, GraphQLSelectionSet, ChildField[]> fieldsOf)
    {
        if (type is ScalarGraphType scalar) return new InlineShape { Scalar = scalar };
        if (type is not IObjectGraphType objectType || selectionSet is null) return null;
        var fields = fieldsOf(objectType, selectionSet);
        return fields.All(f => f.Inline is not null) ? new InlineShape { ObjectType = objectType, Fields = fields } : null;
    }

    // Resolvers known to read their source only: the hub's own, GraphQL.NET's property expressions, __typename.
    private static Func<object, (bool, object?)>? ReaderOf(ISchema schema, IObjectGraphType parent, FieldType definition)
    {
        if (definition == schema.TypeNameMetaFieldType)
        {
            var typeName = parent.Name;
            return _ => (true, typeName);
        }
        return definition.Resolver switch
        {
            ISourceFieldResolver source => value => source.TryRead(value, out var read) ? (true, read) : (false, null),
            IRequiresResolveFieldContextAccessor { RequiresResolveFieldContextAccessor: false } expression
                when expression.GetType() is { IsGenericType: true } generic && generic.GetGenericTypeDefinition() == typeof(ExpressionFieldResolver<,>)
                => value => ReadExpression((IFieldResolver)expression, value),
            _ => null,
        };
    }

    // A property expression reads the context's Source only; one context per thread serves them, as reads never await.
    [ThreadStatic] private static GraphQL.ResolveFieldContext? t_context;

    private static (bool, object?) ReadExpression(IFieldResolver resolver, object source)
    {
        var context = t_context ??= new GraphQL.ResolveFieldContext();
        context.Source = source;
        var result = resolver.ResolveAsync(context);
        context.Source = null;
        return result.IsCompletedSuccessfully && result.Result is not IDataLoaderResult ? (true, result.Result) : (false, null);
    }
}

/// <summary>
/// A field read inline: its reader, and what it holds (a scalar, written as its graph type serializes it, or an object of
/// inline fields), alone or as a list.
/// </summary>
internal sealed record InlineShape
{
    public Func<object, (bool Read, object? Value)> Reader { get; init; } = null!;

    public ScalarGraphType? Scalar { get; init; }

    public IObjectGraphType? ObjectType { get; init; }

    public ChildField[]? Fields { get; init; }

    public bool IsList { get; init; }

    public bool ItemNonNull { get; init; }

    /// <summary>
    /// The field's value on <paramref name="source"/>, serialized: a scalar's serialized value, an object's values in field
    /// order (<c>object?[]</c>), a list's items (<c>object?[]</c>). False when anything is not as GraphQL.NET would
    /// answer without an error (a null where the type forbids one, a value its scalar cannot serialize, a failing read):
    /// the field then runs as a node, which reports it.
    /// </summary>
    public static bool TryRead(ChildField field, object source, out object? value)
    {
        var shape = field.Inline!;
        value = null;
        var (read, raw) = shape.Reader(source);
        if (!read) return false;
        if (raw is null) return !field.NonNull;
        return shape.IsList ? shape.TryReadList(raw, out value) : shape.TryReadItem(raw, nonNull: true, out value);
    }

    /// <summary>A list's items (<c>object?[]</c>), as <see cref="TryRead"/> reads them.</summary>
    public bool TryReadList(object raw, out object? value)
    {
        value = null;
        object?[] values;
        if (raw is IList list)
        {
            values = new object?[list.Count];
            for (var i = 0; i < values.Length; i++)
                if (!TryReadItem(list[i], ItemNonNull, out values[i])) return false;
        }
        else if (raw is IEnumerable items)
        {
            var read = new List<object?>();
            foreach (var item in items)
            {
                if (!TryReadItem(item, ItemNonNull, out var itemValue)) return false;
                read.Add(itemValue);
            }
            values = [.. read];
        }
        else return false;
        value = values;
        return true;
    }

    /// <summary>As GraphQL.NET's nodes give it: a dictionary per object, a list per list.</summary>
    public object? ToValue(object? value) => value is null ? null
        : IsList ? ((object?[])value).Select(ItemValue).ToList()
        : ItemValue(value);

    /// <summary>An object's fields as a dictionary: values read inline, and the other fields' nodes' values.</summary>
    public static Dictionary<string, object?> ToDictionary(ChildField[] fields, object?[] values)
    {
        var dictionary = new Dictionary<string, object?>(fields.Length);
        for (var i = 0; i < fields.Length; i++)
            dictionary.Add(fields[i].Name, values[i] is ExecutionNode node ? node.ToValue() : fields[i].Inline!.ToValue(values[i]));
        return dictionary;
    }

    private object? ItemValue(object? item) => item is null || Scalar is not null ? item : ToDictionary(Fields!, (object?[])item);

    private bool TryReadItem(object? item, bool nonNull, out object? value)
    {
        value = null;
        if (item is null) return !nonNull;
        if (Scalar is not null)
        {
            value = Scalar.Serialize(item);
            return value is not null || !nonNull;
        }
        if (ObjectType!.IsTypeOf is { } isTypeOf && !isTypeOf(item)) return false;
        var values = new object?[Fields!.Length];
        for (var i = 0; i < values.Length; i++)
            if (!TryRead(Fields[i], item, out values[i])) return false;
        value = values;
        return true;
    }
}
