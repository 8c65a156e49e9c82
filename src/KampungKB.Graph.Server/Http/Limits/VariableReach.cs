using GraphQL.Types;
using GraphQLParser.AST;

namespace KampungKB.Graph.Server.Http.Limits;

/// <summary>What an operation's variables can change in the request limits' verdicts; the rest is fixed by the document.</summary>
internal static class VariableReach
{
    /// <summary>Whether a variable can hold a list, directly or in a field of an input object (<see cref="ListLengthRule"/>).</summary>
    public static bool CanHoldList(GraphQLOperationDefinition operation, ISchema schema) =>
        operation.Variables?.Items.Any(variable => HoldsList(variable.Type, schema)) == true;

    /// <summary>
    /// Whether a variable can change the complexity (<see cref="ComplexityLimitRule"/>): a page size (an Int), an
    /// <c>@include</c> or <c>@skip</c> (a Boolean), or the ids of <c>nodes(ids:)</c> (a list).
    /// </summary>
    public static bool CanChangeComplexity(GraphQLOperationDefinition operation, ISchema schema) =>
        operation.Variables?.Items.Any(variable => NamedType(variable.Type) is "Int" or "Boolean" || HoldsList(variable.Type, schema)) == true;

    private static string? NamedType(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => NamedType(nonNull.Type),
        GraphQLNamedType named => named.Name.StringValue,
        _ => null,
    };

    private static bool HoldsList(GraphQLType type, ISchema schema) => type switch
    {
        GraphQLNonNullType nonNull => HoldsList(nonNull.Type, schema),
        GraphQLNamedType named => schema.AllTypes[named.Name.StringValue] is IInputObjectGraphType input && HoldsList(input, []),
        _ => true,
    };

    // An input type seen before is checked there (input types may refer to themselves).
    private static bool HoldsList(IInputObjectGraphType input, HashSet<IInputObjectGraphType> seen) =>
        seen.Add(input) && input.Fields.Any(field => Unwrapped(field.ResolvedType) switch
        {
            ListGraphType => true,
            IInputObjectGraphType nested => HoldsList(nested, seen),
            _ => false,
        });

    private static IGraphType? Unwrapped(IGraphType? type) => type is NonNullGraphType nonNull ? nonNull.ResolvedType : type;
}
