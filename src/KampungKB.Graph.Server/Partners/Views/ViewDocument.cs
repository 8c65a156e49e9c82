using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using GraphQLParser.Visitors;

namespace KampungKB.Graph.Server.Partners.Views;

/// <summary>A variable a view declares: <c>$name: Type = default</c>, with its definition for coercing query-string values.</summary>
internal sealed record ViewVariable(string Name, string Type, string? DefaultValue, GraphQLVariableDefinition Definition)
{
    /// <summary>Whether a value must be given: non-null without a default.</summary>
    public bool Required => Definition.Type is GraphQLNonNullType && Definition.DefaultValue is null;
}

/// <summary>Reads a saved document's operation and the variables it declares.</summary>
internal static class ViewDocument
{
    /// <summary>The document's operations, or null when it does not parse.</summary>
    public static IReadOnlyList<GraphQLOperationDefinition>? Operations(string body)
    {
        try
        {
            return Parser.Parse(body).Definitions.OfType<GraphQLOperationDefinition>().ToList();
        }
        catch (GraphQLParserException)
        {
            return null;
        }
    }

    /// <summary>The variables of a view's (single) operation, in declaration order.</summary>
    public static IReadOnlyList<ViewVariable> Variables(string body)
    {
        var operation = Operations(body)?.FirstOrDefault();
        if (operation?.Variables is not { } definitions) return [];
        var printer = new SDLPrinter();
        return definitions.Items.Select(d => new ViewVariable(d.Variable.Name.StringValue, printer.Print(d.Type),
            d.DefaultValue is null ? null : printer.Print(d.DefaultValue), d)).ToList();
    }
}
