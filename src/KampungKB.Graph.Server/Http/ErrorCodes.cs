using GraphQL;
using GraphQL.Execution;

namespace KampungKB.Graph.Server.Http;

/// <summary>The <c>extensions.code</c> values the hub answers with; the README lists them for clients.</summary>
internal static class ErrorCodes
{
    // Transport: the HTTP request itself is unusable.
    public const string InvalidJson = "INVALID_JSON";
    public const string InvalidRequest = "INVALID_REQUEST";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string QueryMissing = "QUERY_MISSING";

    // Document: the GraphQL request cannot be run as sent.
    public const string OperationNotFound = "OPERATION_NOT_FOUND";
    public const string OperationNotSupported = "OPERATION_NOT_SUPPORTED";
    public const string InvalidVariables = "INVALID_VARIABLES";
    public const string ValidationError = "VALIDATION_ERROR";
    public const string QueryTooDeep = "QUERY_TOO_DEEP";

    // Automatic persisted queries (Apollo's codes): a hash the hub has not kept, or one that does not match its query.
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string PersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";

    // Limits (Http/Limits): the request asks more of the hub than it gives one request.
    public const string QueryTooComplex = "QUERY_TOO_COMPLEX";
    public const string TooManyAliases = "TOO_MANY_ALIASES";
    public const string TooManyFields = "TOO_MANY_FIELDS";
    public const string TooManyFragments = "TOO_MANY_FRAGMENTS";
    public const string ListTooLong = "LIST_TOO_LONG";
    public const string Timeout = "TIMEOUT";
    public const string RateLimited = "RATE_LIMITED";
    public const string ServerBusy = "SERVER_BUSY";

    // Execution: the server failed; details are in the server log only.
    public const string InternalError = "INTERNAL_ERROR";
    public const string ExecutionError = "EXECUTION_ERROR";

    /// <summary>The code a client sees for <paramref name="error"/>; GraphQL.NET's own codes are kept where they are specific.</summary>
    public static string For(ExecutionError error) => error switch
    {
        // GraphQL.NET would name these after the exception type (INVALID_OPERATION for any InvalidOperationException).
        UnhandledError => InternalError,
        InvalidOperationNameError => OperationNotFound,
        InvalidOperationError => OperationNotSupported,
        GraphQL.Validation.InvalidVariableError => InvalidVariables,
        // SYNTAX_ERROR, QUERY_MISSING, NO_OPERATION_NAME and validation codes such as FIELDS_ON_CORRECT_TYPE are good as they are.
        { Code: { Length: > 0 } code } => code,
        GraphQL.Validation.ValidationError => ValidationError,
        _ => ExecutionError,
    };
}
