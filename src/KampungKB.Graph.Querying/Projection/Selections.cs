using GraphQLParser.AST;

namespace KampungKB.Graph.Querying.Projection;

/// <summary>Reads the fields a query selects, looking through fragments (directives are ignored: selecting too much is safe).</summary>
internal static class Selections
{
    /// <summary>Every field directly under <paramref name="parents"/>' selection sets.</summary>
    public static IEnumerable<GraphQLField> Children(IEnumerable<GraphQLField> parents, GraphQLDocument document)
        => parents.SelectMany(p => Flatten(p.SelectionSet, document));

    /// <summary>The fields named <paramref name="name"/> directly under <paramref name="parents"/>.</summary>
    public static List<GraphQLField> Named(IEnumerable<GraphQLField> parents, string name, GraphQLDocument document)
        => Children(parents, document).Where(f => f.Name.StringValue == name).ToList();

    private static IEnumerable<GraphQLField> Flatten(GraphQLSelectionSet? set, GraphQLDocument document)
    {
        if (set == null) yield break;
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    yield return field;
                    break;
                case GraphQLInlineFragment inline:
                    foreach (var field in Flatten(inline.SelectionSet, document)) yield return field;
                    break;
                case GraphQLFragmentSpread spread:
                    var definition = document.Definitions.OfType<GraphQLFragmentDefinition>()
                        .FirstOrDefault(d => d.FragmentName.Name.StringValue == spread.FragmentName.Name.StringValue);
                    foreach (var field in Flatten(definition?.SelectionSet, document)) yield return field;
                    break;
            }
        }
    }
}
