namespace KampungKB.Graph.Server.Mutations;

/// <summary>
/// Something about a mutation's input the caller can fix: returned in the payload's <c>errors</c>, with nothing written.
/// Failures that are not about the input (no right to write, a broken server) are GraphQL errors instead.
/// </summary>
/// <param name="Code">A stable SCREAMING_CASE code from <see cref="UserErrorCodes"/>.</param>
/// <param name="Message">What is wrong and what is allowed, for a person.</param>
/// <param name="Path">Where in the input: <c>["input", "observations", "3", "value"]</c>.</param>
internal abstract record UserError(string Code, string Message, IReadOnlyList<string> Path);

/// <summary>A field of the input is missing, malformed or out of range.</summary>
internal sealed record ValidationError(string Field, string Message, IReadOnlyList<string> Path, string Code = UserErrorCodes.InvalidValue)
    : UserError(Code, Message, Path);

/// <summary>Something the input refers to does not exist, or lies outside the caller's region.</summary>
internal sealed record NotFoundError(string Message, IReadOnlyList<string> Path) : UserError(UserErrorCodes.NotFound, Message, Path);

/// <summary>The input clashes with what is stored (e.g. a second Kampung KB of the same name in a village).</summary>
internal sealed record ConflictError(string Message, IReadOnlyList<string> Path) : UserError(UserErrorCodes.Conflict, Message, Path);

/// <summary>The <c>code</c> values of <see cref="UserError"/>s.</summary>
internal static class UserErrorCodes
{
    public const string InvalidValue = "INVALID_VALUE";
    public const string Required = "REQUIRED";
    public const string InvalidId = "INVALID_ID";
    public const string InvalidPeriod = "INVALID_PERIOD";
    public const string Duplicate = "DUPLICATE";
    public const string ListTooLong = "LIST_TOO_LONG";
    public const string NotFound = "NOT_FOUND";
    public const string Conflict = "CONFLICT";
}
