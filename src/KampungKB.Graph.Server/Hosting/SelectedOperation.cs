using GraphQLParser.AST;

namespace KampungKB.Graph.Server.Hosting;

/// <summary>Which operation of a document a request runs, as GraphQL.NET picks it.</summary>
internal static class SelectedOperation
{
    /// <summary>The operation named <paramref name="name"/>, or the only one when no name is given; else null.</summary>
    /// <remarks>The document cache asks on every request, so it reads the definitions without copying them.</remarks>
    public static GraphQLOperationDefinition? In(GraphQLDocument? document, string? name)
    {
        GraphQLOperationDefinition? found = null;
        foreach (var definition in document?.Definitions ?? [])
        {
            if (definition is not GraphQLOperationDefinition operation) continue;
            if (!string.IsNullOrEmpty(name))
            {
                if (operation.Name?.StringValue == name) return operation;
            }
            else if (found is not null) return null;
            else found = operation;
        }
        return string.IsNullOrEmpty(name) ? found : null;
    }
}
