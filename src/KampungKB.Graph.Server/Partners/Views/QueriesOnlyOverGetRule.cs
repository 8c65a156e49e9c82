using GraphQL.Validation;
using GraphQLParser.AST;
using KampungKB.Graph.Server.Http;

namespace KampungKB.Graph.Server.Partners.Views;

/// <summary>
/// GET must be safe. The endpoint refuses a mutation sent as <c>query</c> over GET before it runs; a saved document sent by
/// <c>documentId</c> is only known once loaded, so this rule refuses it then: <c>METHOD_NOT_ALLOWED</c>.
/// </summary>
internal sealed class QueriesOnlyOverGetRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var method = context.RequestServices?.GetService<IHttpContextAccessor>()?.HttpContext?.Request.Method;
        if (method is not null && HttpMethods.IsGet(method) && context.Operation.Operation != OperationType.Query)
            context.ReportError(new ValidationError($"A {context.Operation.Operation.ToString().ToLowerInvariant()} cannot be run with GET; POST it (with the same documentId).")
            {
                Code = ErrorCodes.MethodNotAllowed,
            });
        return default;
    }
}
