using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.Options;

namespace KampungKB.Graph.Server.Http.Limits;

/// <summary>
/// Gives each request a deadline: a token joined with the client's, handed to every resolver and so to every database
/// command (a running SQLite statement is interrupted, see <c>SqlitePreparedCommand</c>). Past the deadline the answer
/// is <c>TIMEOUT</c> (503 in application/graphql-response+json), whatever error the cancelled work left behind.
/// </summary>
internal sealed class ExecutionTimeout(IOptions<LimitsOptions> limits) : IConfigureExecution
{
    /// <summary>After the option configurations (100), before the document cache (200).</summary>
    public float SortOrder => 150;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var limit = limits.Value.ExecutionTimeout;
        if (limit <= TimeSpan.Zero) return await next(options);
        var client = options.CancellationToken;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(client);
        deadline.CancelAfter(limit);
        options.CancellationToken = deadline.Token;
        // An interrupted statement surfaces as a provider error in a field, or as cancellation; either way the deadline decides.
        bool TimedOut() => deadline.IsCancellationRequested && !client.IsCancellationRequested;
        try
        {
            var result = await next(options);
            return TimedOut() ? new ExecutionResult(new QueryTimeoutError(limit)) : result;
        }
        catch (Exception) when (TimedOut())
        {
            return new ExecutionResult(new QueryTimeoutError(limit));
        }
    }
}
