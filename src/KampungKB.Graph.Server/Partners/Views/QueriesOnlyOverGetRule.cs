using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;
using KampungKB.Graph.Server.Hosting;
using KampungKB.Graph.Server.Http;

namespace KampungKB.Graph.Server.Partners.Views;

/// <summary>
/// GET must be safe. The endpoint refuses a mutation sent as <c>query</c> over GET before it runs; a saved document sent by
/// <c>documentId</c> is only known once loaded, so this rule refuses it then: <c>METHOD_NOT_ALLOWED</c>.
/// </summary>
internal sealed class QueriesOnlyOverGetRule : ValidationRuleBase, ISkippableCachedRule
{
    public bool Skips(ExecutionOptions options, GraphQLOperationDefinition operation) =>
        operation.Operation == OperationType.Query || !IsGet(options.RequestServices);

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (IsGet(context.RequestServices) && context.Operation.Operation != OperationType.Query)
            context.ReportError(new ValidationError($"A {context.Operation.Operation.ToString().ToLowerInvariant()} cannot be run with GET; POST it (with the same documentId).")
            {
                Code = ErrorCodes.MethodNotAllowed,
            });
        return default;
    }

    private static bool IsGet(IServiceProvider? requestServices) =>
        requestServices?.GetService<IHttpContextAccessor>()?.HttpContext?.Request.Method is { } method && HttpMethods.IsGet(method);
}
