using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using KampungKB.Graph.Querying;
using KampungKB.Graph.Server.Hosting;
using Microsoft.Extensions.Options;

namespace KampungKB.Graph.Server.Http.Limits;

/// <summary>
/// GraphQL.NET's complexity analyzer with our weights (<see cref="ListWeight"/>) and codes: <c>QUERY_TOO_DEEP</c> and
/// <c>QUERY_TOO_COMPLEX</c>. It reads argument values, which may come from variables, so it runs for cached documents too,
/// unless no variable of the operation can change its weight.
/// </summary>
internal sealed class ComplexityLimitRule(IOptions<LimitsOptions> limits, QueryingOptions paging)
    : ComplexityValidationRule(Weights(limits.Value, paging)), ISkippableCachedRule
{
    private readonly LimitsOptions _limits = limits.Value;
    // Operations of cached documents that passed, and whose variables cannot change that; they live as long as their document.
    private readonly ConditionalWeakTable<GraphQLOperationDefinition, Verdict> _fixed = new();

    private sealed record Verdict(double Complexity, int Depth);

    private static ComplexityOptions Weights(LimitsOptions limits, QueryingOptions paging) => new()
    {
        // Checked below, with our codes and messages; null keeps the base class from reporting its own.
        MaxDepth = null,
        MaxComplexity = null,
        DefaultComplexityImpactDelegate = context => ListWeight.Of(context, limits, paging),
    };

    // The analyzer throws on an operation type the schema lacks (mutation { __typename }); the executer answers that one.
    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) =>
        RootTypeOf(context) is null ? default : base.GetPostNodeVisitorAsync(context);

    private static GraphQL.Types.IObjectGraphType? RootTypeOf(ValidationContext context) => context.Operation.Operation switch
    {
        GraphQLParser.AST.OperationType.Query => context.Schema.Query,
        GraphQLParser.AST.OperationType.Mutation => context.Schema.Mutation,
        GraphQLParser.AST.OperationType.Subscription => context.Schema.Subscription,
        _ => null,
    };

    public bool Skips(ExecutionOptions options, GraphQLOperationDefinition operation)
    {
        if (!_fixed.TryGetValue(operation, out var verdict)) return false;
        GraphQLOperationTelemetry.RecordComplexity(options.UserContext, verdict.Complexity, verdict.Depth);
        return true;
    }

    protected override ValueTask ValidateComplexityAsync(ValidationContext context, double totalComplexity, int maxDepth)
    {
        GraphQLOperationTelemetry.RecordComplexity(context.UserContext, totalComplexity, maxDepth);
        if (_limits.MaxDepth > 0 && maxDepth > _limits.MaxDepth)
            context.ReportError(new LimitExceededError(ErrorCodes.QueryTooDeep,
                $"The operation nests fields {maxDepth} levels deep; the hub allows {_limits.MaxDepth} (GraphQL:Limits:MaxDepth). " +
                "Query the inner objects by their own root field (e.g. district(code:)) instead of nesting further."));
        else if (_limits.MaxComplexity > 0 && totalComplexity > _limits.MaxComplexity)
            context.ReportError(new LimitExceededError(ErrorCodes.QueryTooComplex,
                $"The operation's complexity is {totalComplexity:N0}; the hub allows {_limits.MaxComplexity:N0} (GraphQL:Limits:MaxComplexity). " +
                "Each field counts once per row its lists return (first/last/take, else the default page size or GraphQL:Limits:AssumedListSize); " +
                "ask for smaller pages, fewer fields or fewer nested lists, or split the query."));
        else if (!VariableReach.CanChangeComplexity(context.Operation, context.Schema))
            _fixed.AddOrUpdate(context.Operation, new Verdict(totalComplexity, maxDepth));
        return default;
    }
}
