using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;

namespace KampungKB.Graph.Server.Partners.Views;

/// <summary>
/// The CSV columns of a view read from its selection rather than its rows, so a result without rows (e.g. a key whose
/// scope holds none) still gets its header: the leaf fields under the main list, by the same rules as <see cref="ViewCsv"/>.
/// </summary>
internal static class ViewColumns
{
    public static IReadOnlyList<string> OfMainList(string body, ISchema schema)
    {
        var document = Parser.Parse(body);
        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>().ToDictionary(f => f.FragmentName.Name.StringValue);
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().First();
        return MainList(operation.SelectionSet, schema.Query, schema, fragments) ?? Leaves(operation.SelectionSet, "", fragments);
    }

    private static List<string>? MainList(GraphQLSelectionSet set, IGraphType? type, ISchema schema, Dictionary<string, GraphQLFragmentDefinition> fragments)
    {
        foreach (var (field, parent) in Fields(set, type, schema, fragments))
        {
            var fieldType = (parent as IComplexGraphType)?.GetField(field.Name.StringValue)?.ResolvedType;
            if (fieldType is NonNullGraphType nonNull) fieldType = nonNull.ResolvedType;
            var name = (field.Alias?.Name ?? field.Name).StringValue;
            if (fieldType is ListGraphType list)
            {
                if (field.SelectionSet is null) return [name];
                var node = name == "edges" ? Fields(field.SelectionSet, null, schema, fragments).FirstOrDefault(f => f.Field.Name.StringValue == "node").Field : null;
                return node?.SelectionSet is { } nodeSet ? Leaves(nodeSet, "", fragments) : Leaves(field.SelectionSet, "", fragments);
            }
            if (field.SelectionSet is not null && MainList(field.SelectionSet, Unwrap(fieldType), schema, fragments) is { } found) return found;
        }
        return null;
    }

    private static List<string> Leaves(GraphQLSelectionSet set, string prefix, Dictionary<string, GraphQLFragmentDefinition> fragments)
    {
        var columns = new List<string>();
        foreach (var (field, _) in Fields(set, null, null, fragments))
        {
            var path = prefix + (field.Alias?.Name ?? field.Name).StringValue;
            if (field.SelectionSet is null) columns.Add(path);
            else columns.AddRange(Leaves(field.SelectionSet, path + ".", fragments));
        }
        return columns.Distinct().ToList();
    }

    // The fields of a selection set with fragments spread in, each with the type it is selected on.
    private static IEnumerable<(GraphQLField Field, IGraphType? Parent)> Fields(GraphQLSelectionSet set, IGraphType? type, ISchema? schema,
        Dictionary<string, GraphQLFragmentDefinition> fragments)
    {
        foreach (var selection in set.Selections)
        {
            var (inner, condition) = selection switch
            {
                GraphQLField field => (null, null),
                GraphQLInlineFragment inline => (inline.SelectionSet, inline.TypeCondition),
                GraphQLFragmentSpread spread when fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment) => (fragment.SelectionSet, fragment.TypeCondition),
                _ => ((GraphQLSelectionSet?)null, (GraphQLTypeCondition?)null),
            };
            if (selection is GraphQLField plain) yield return (plain, type);
            else if (inner is not null)
                foreach (var nested in Fields(inner, condition is not null && schema is not null ? schema.AllTypes[condition.Type.Name.StringValue] : type, schema, fragments))
                    yield return nested;
        }
    }

    private static IGraphType? Unwrap(IGraphType? type) => type switch
    {
        NonNullGraphType nonNull => Unwrap(nonNull.ResolvedType),
        ListGraphType list => Unwrap(list.ResolvedType),
        _ => type,
    };
}
