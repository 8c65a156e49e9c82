using GraphQLParser.AST;

namespace KampungKB.Graph.Server.Hosting;

/// <summary>Which operation of a document a request runs, as GraphQL.NET picks it.</summary>
internal static class SelectedOperation
{
    /// <summary>The operation named <paramref name="name"/>, or the only one when no name is given; else null.</summary>
    public static GraphQLOperationDefinition? In(GraphQLDocument? document, string? name)
    {
        var operations = document?.Definitions.OfType<GraphQLOperationDefinition>().ToList() ?? [];
        return string.IsNullOrEmpty(name)
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.StringValue == name);
    }
}
