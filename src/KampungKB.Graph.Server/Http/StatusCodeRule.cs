using GraphQL;
using GraphQL.Execution;

namespace KampungKB.Graph.Server.Http;

/// <summary>The HTTP status of an executed GraphQL request, as the GraphQL-over-HTTP spec and its audit expect.</summary>
internal static class StatusCodeRule
{
    public static int For(ExecutionResult result, string mediaType)
    {
        if (result.Errors is not { Count: > 0 } errors) return StatusCodes.Status200OK;
        // Apollo's client resends the query on this answer, but gives up persisted queries for good on a 400 or 500.
        if (errors.Any(error => error is PersistedQueryNotFoundError)) return StatusCodes.Status200OK;
        // The request was unusable before GraphQL saw it (e.g. missing query): 400 in either media type.
        if (errors.Any(error => error is RequestError)) return StatusCodes.Status400BadRequest;
        // Legacy application/json clients read errors from the body, so everything else is 200.
        if (mediaType != MediaTypeNegotiation.GraphQLResponseJson) return StatusCodes.Status200OK;
        // Syntax, validation, variable coercion, unknown or unsupported operation. Not Executed alone:
        // InvalidOperationError comes back executed with "data": null.
        if (errors.Any(error => error is DocumentError)) return StatusCodes.Status400BadRequest;
        // Cancelled at the time limit: the hub is too busy or the query too heavy for now, not a broken request.
        if (errors.Any(error => error is Limits.QueryTimeoutError)) return StatusCodes.Status503ServiceUnavailable;
        // No data and no client mistake: the server failed before execution.
        return result.Executed ? StatusCodes.Status200OK : StatusCodes.Status500InternalServerError;
    }
}
