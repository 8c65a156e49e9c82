using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace KampungKB.Graph.Server.Hosting;

/// <summary>
/// What GraphQL.NET's validator finds by walking an operation on every request, found once: the nodes whose arguments
/// and directives it parses (in its order, with each field's definition), and the variable definitions alone.
/// </summary>
internal sealed class OperationPlan
{
    private readonly GraphQLDocument _document;
    private readonly List<(ASTNode Node, FieldType? Field)> _sites = [];
    private HashSet<ROM>? _visitedFragments;
    private (GraphQLVariableDefinition Definition, ScalarGraphType Scalar)[]? _scalars;

    private OperationPlan(ISchema schema, GraphQLDocument document)
    {
        Schema = schema;
        _document = document;
    }

    /// <summary>The schema the plan was made against.</summary>
    public ISchema Schema { get; }

    /// <summary>
    /// The operation's variable definitions under an empty selection set, for GraphQL.NET to coerce the variables
    /// without walking the whole operation for their uses; null when it has none.
    /// </summary>
    public GraphQLOperationDefinition? VariablesOnly { get; private set; }

    /// <summary>
    /// False when a nullable variable is used where a value is required: GraphQL.NET then needs the uses to refuse
    /// <c>null</c>, so such an operation keeps its walk.
    /// </summary>
    public bool Replaces { get; private set; } = true;

    public static OperationPlan For(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        var plan = new OperationPlan(schema, document);
        if (operation.Variables is { Count: > 0 } definitions)
        {
            plan.VariablesOnly = new GraphQLOperationDefinition(new GraphQLSelectionSet([])) { Operation = operation.Operation, Variables = definitions };
            plan.Replaces = !NullableUsedAsRequired(schema, document, operation);
            plan._scalars = NonNullScalars(schema, definitions);
        }
        // A plan that does not replace GraphQL.NET's walk needs no sites.
        if (plan.Replaces) plan.Walk(operation);
        return plan;
    }

    /// <summary>
    /// The variables as GraphQL.NET coerces them when every one is a non-null scalar (<c>$regency: String!</c>) given a value
    /// that its scalar parses; null otherwise (a missing or null value, one that does not parse, an input object, a list),
    /// and GraphQL.NET's coercion then reads them and reports what is wrong. It would first walk the operation for the
    /// variables' uses, which only nullable variables need.
    /// </summary>
    public Variables? TryReadScalars(Inputs? inputs)
    {
        if (_scalars is null || inputs is null) return null;
        var variables = new Variables();
        foreach (var (definition, scalar) in _scalars)
        {
            var name = definition.Variable.Name.StringValue;
            if (!inputs.TryGetValue(name, out var input) || input is null) return null;
            try
            {
                variables.Add(new Variable(name, definition) { Value = scalar.ParseValue(input) });
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                return null;
            }
        }
        return variables;
    }

    /// <summary>Parses the arguments and directives with <paramref name="variables"/>, as GraphQL.NET's validator does.</summary>
    public (Dictionary<GraphQLField, IDictionary<string, ArgumentValue>>? Arguments,
        Dictionary<ASTNode, IDictionary<string, DirectiveInfo>>? Directives, List<ValidationError>? Errors) Read(Variables variables)
    {
        Dictionary<GraphQLField, IDictionary<string, ArgumentValue>>? arguments = null;
        Dictionary<ASTNode, IDictionary<string, DirectiveInfo>>? directives = null;
        List<ValidationError>? errors = null;
        foreach (var (node, field) in _sites)
        {
            try
            {
                if (field is null)
                {
                    if (ExecutionHelper.GetDirectives((IHasDirectivesNode)node, variables, Schema, _document) is { } parsed)
                        (directives ??= []).Add(node, parsed);
                }
                else
                {
                    var fieldNode = (GraphQLField)node;
                    if (ExecutionHelper.GetArguments(field.Arguments, fieldNode.Arguments, variables, _document, fieldNode, null) is { } parsed)
                        (arguments ??= []).Add(fieldNode, parsed);
                }
            }
            catch (ValidationError error)
            {
                (errors ??= []).Add(error);
            }
        }
        return (arguments, directives, errors);
    }

    // Each variable's scalar when all are non-null scalars, else null.
    private static (GraphQLVariableDefinition, ScalarGraphType)[]? NonNullScalars(ISchema schema, GraphQLVariablesDefinition definitions)
    {
        var scalars = new (GraphQLVariableDefinition, ScalarGraphType)[definitions.Items.Count];
        for (var i = 0; i < scalars.Length; i++)
        {
            var definition = definitions.Items[i];
            if (definition.Type is not GraphQLNonNullType { Type: GraphQLNamedType named }
                || schema.AllTypes[named.Name.StringValue] is not ScalarGraphType scalar) return null;
            scalars[i] = (definition, scalar);
        }
        return scalars;
    }

    // The uses of the variables, typed as GraphQL.NET's validator types them; read once per operation.
    private static bool NullableUsedAsRequired(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        var uses = new ValidationContext { Schema = schema, Document = document, Operation = operation }.GetRecursiveVariables(operation) ?? [];
        return operation.Variables!.Items.Any(definition =>
            definition.Type is not GraphQLNonNullType &&
            uses.Any(use => use.Node.Name == definition.Variable.Name && use.Type is NonNullGraphType));
    }

    // The walk of GraphQL.NET's argument parser (DocumentValidator.ParseArgumentVisitor), recording instead of parsing.
    private void Walk(GraphQLOperationDefinition operation)
    {
        Directed(operation);
        IComplexGraphType? root = operation.Operation switch
        {
            OperationType.Query => Schema.Query,
            OperationType.Mutation => Schema.Mutation,
            OperationType.Subscription => Schema.Subscription,
            _ => null,
        };
        if (root is null) return;
        foreach (var definition in operation.Variables?.Items ?? []) Directed(definition);
        Walk(operation.SelectionSet, root);
    }

    private void Walk(GraphQLSelectionSet? selections, IComplexGraphType type)
    {
        foreach (var selection in selections?.Selections ?? [])
        {
            Directed(selection);
            switch (selection)
            {
                case GraphQLField field:
                    var definition = field.Name.Value == Schema.TypeMetaFieldType.Name ? Schema.TypeMetaFieldType
                        : field.Name.Value == Schema.TypeNameMetaFieldType.Name ? Schema.TypeNameMetaFieldType
                        : field.Name.Value == Schema.SchemaMetaFieldType.Name ? Schema.SchemaMetaFieldType
                        : type.Fields.Find(field.Name.Value);
                    if (definition is null) break;
                    if (field.Arguments is { Count: > 0 }) _sites.Add((field, definition));
                    var named = definition.ResolvedType?.GetNamedType();
                    if (named is IComplexGraphType complex) Walk(field.SelectionSet, complex);
                    else if (named is UnionGraphType) Walk(field.SelectionSet, type);
                    break;
                case GraphQLInlineFragment inline:
                    if (inline.TypeCondition is null) Walk(inline.SelectionSet, type);
                    else Conditioned(inline.TypeCondition, inline.SelectionSet, type);
                    break;
                case GraphQLFragmentSpread spread:
                    if ((_visitedFragments ??= []).Add(spread.FragmentName.Name.Value) &&
                        _document.FindFragmentDefinition(spread.FragmentName.Name.Value) is { } fragment)
                    {
                        Directed(fragment);
                        Conditioned(fragment.TypeCondition, fragment.SelectionSet, type);
                    }
                    break;
            }
        }
    }

    private void Conditioned(GraphQLTypeCondition condition, GraphQLSelectionSet selections, IComplexGraphType type)
    {
        var named = Schema.AllTypes[condition.Type.Name.Value]?.GetNamedType();
        if (named is IComplexGraphType complex) Walk(selections, complex);
        else if (named is IAbstractGraphType) Walk(selections, type);
    }

    private void Directed(ASTNode node)
    {
        if (node is IHasDirectivesNode { Directives.Count: > 0 }) _sites.Add((node, null));
    }
}
