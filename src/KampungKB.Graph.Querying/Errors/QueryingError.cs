using GraphQL;

namespace KampungKB.Graph.Querying.Errors;

/// <summary>A client error raised by the query engine; <see cref="ExecutionError.Code"/> becomes <c>extensions.code</c>.</summary>
public abstract class QueryingError : ExecutionError
{
    /// <summary>Creates the error with its SCREAMING_CASE code.</summary>
    protected QueryingError(string code, string message) : base(message) => Code = code;
}

/// <summary>The client asked for more rows than <see cref="QueryingOptions.MaxPageSize"/> allows.</summary>
public sealed class PageSizeTooLargeError(int requested, int maximum)
    : QueryingError("PAGE_SIZE_TOO_LARGE", $"At most {maximum} rows can be requested at once; {requested} were asked for. Page through the rest with a cursor.");

/// <summary>A cursor that this engine did not issue, or issued for a different sort order.</summary>
public sealed class InvalidCursorError(string argument)
    : QueryingError("INVALID_CURSOR", $"The '{argument}' cursor is not valid for this list and order. Use a cursor returned by the same field with the same 'order'.");

/// <summary>Paging arguments that contradict each other or are out of range.</summary>
public sealed class InvalidPagingArgumentsError(string message)
    : QueryingError("INVALID_PAGING_ARGUMENTS", message);
