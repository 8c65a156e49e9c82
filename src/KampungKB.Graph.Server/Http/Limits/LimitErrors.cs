using GraphQL;
using GraphQL.Validation;

namespace KampungKB.Graph.Server.Http.Limits;

/// <summary>A document over one of the <see cref="LimitsOptions"/>: the client's to change, so a validation error (400).</summary>
internal sealed class LimitExceededError : ValidationError
{
    public LimitExceededError(string code, string message) : base(message) => Code = code;
}

/// <summary>The request ran longer than <see cref="LimitsOptions.ExecutionTimeout"/> and was cancelled, database query included.</summary>
internal sealed class QueryTimeoutError : ExecutionError
{
    public QueryTimeoutError(TimeSpan limit)
        : base($"The request ran longer than the hub's limit of {limit.TotalSeconds:0.###} s (GraphQL:Limits:ExecutionTimeout) and was cancelled. " +
               "Ask for fewer rows or fields, narrow the filter, or split the query into several requests.")
        => Code = ErrorCodes.Timeout;
}
