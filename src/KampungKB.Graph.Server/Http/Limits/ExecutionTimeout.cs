using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using Microsoft.Extensions.Options;

namespace KampungKB.Graph.Server.Http.Limits;

/// <summary>
/// Gives each request GraphQL.NET's timeout: its token joins the request's, reaches every resolver and so every
/// database command, and the request is answered <c>TIMEOUT</c> (503 in application/graphql-response+json).
/// </summary>
internal sealed class ExecutionTimeout(IOptions<LimitsOptions> limits) : IConfigureExecution
{
    /// <summary>After the option configurations (100), before the document cache (200).</summary>
    public float SortOrder => 150;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var limit = limits.Value.ExecutionTimeout;
        if (limit <= TimeSpan.Zero) return await next(options);
        options.Timeout = limit;
        options.TimeoutAction = TimeoutAction.ThrowTimeoutException;
        try
        {
            return await next(options);
        }
        catch (TimeoutException)
        {
            return new ExecutionResult(new QueryTimeoutError(limit));
        }
    }
}
