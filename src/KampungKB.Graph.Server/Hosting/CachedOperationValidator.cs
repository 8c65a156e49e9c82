using System.Runtime.CompilerServices;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace KampungKB.Graph.Server.Hosting;

/// <summary>
/// Validates a request whose document passed every rule before (<see cref="ValidatedDocumentCache"/> says so with
/// <see cref="NoRulesLeft"/>): reads its variables and arguments as GraphQL.NET's <see cref="DocumentValidator"/> does,
/// from an <see cref="OperationPlan"/> made once per operation instead of two walks of the document per request.
/// Every other request goes to GraphQL.NET's validator.
/// </summary>
internal sealed class CachedOperationValidator(DocumentValidator inner) : IDocumentValidator
{
    private readonly ConditionalWeakTable<GraphQLOperationDefinition, OperationPlan> _plans = [];
    private int _plansMade;

    /// <summary>Plans made so far: one per operation of a cached document, on its first request from the cache.</summary>
    public int PlansMade => _plansMade;

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        if (options.Rules is not NoRulesLeft || options.Operation is not { } operation) return inner.ValidateAsync(options);
        var plan = _plans.TryGetValue(operation, out var made) ? made : Make(options.Schema, options.Document, operation);
        if (!plan.Replaces || plan.Schema != options.Schema) return inner.ValidateAsync(options);
        return ReadAsync(plan, options);
    }

    private OperationPlan Make(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation) =>
        _plans.GetValue(operation, op =>
        {
            Interlocked.Increment(ref _plansMade);
            return OperationPlan.For(schema, document, op);
        });

    private static async Task<IValidationResult> ReadAsync(OperationPlan plan, ValidationOptions options)
    {
        var variables = Variables.None;
        if (plan.VariablesOnly is not null && plan.TryReadScalars(options.Variables) is { } scalars) variables = scalars;
        else if (plan.VariablesOnly is not null)
        {
            var context = new ValidationContext
            {
                Schema = options.Schema,
                Document = options.Document,
                Operation = plan.VariablesOnly,
                Variables = options.Variables,
                Extensions = options.Extensions,
                UserContext = options.UserContext,
                Metrics = options.Metrics,
                RequestServices = options.RequestServices,
                User = options.User,
                CancellationToken = options.CancellationToken,
            };
            (variables, var refused) = await context.GetVariablesValuesAsync();
            if (refused is not null) return new ValidationResult(refused) { Variables = variables };
        }
        var (arguments, directives, errors) = plan.Read(variables);
        return new ValidationResult(errors ?? [])
        {
            Variables = variables,
            ArgumentValues = arguments,
            DirectiveValues = directives,
        };
    }
}

/// <summary>
/// The rules left for a cached document when none needs to run: its verdict is known, and
/// <see cref="CachedOperationValidator"/> only reads its variables and arguments.
/// </summary>
internal sealed class NoRulesLeft : IEnumerable<IValidationRule>
{
    public static readonly NoRulesLeft Instance = new();

    public IEnumerator<IValidationRule> GetEnumerator() => Enumerable.Empty<IValidationRule>().GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
