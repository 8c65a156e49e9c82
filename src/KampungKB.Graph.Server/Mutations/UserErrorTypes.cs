using GraphQL.Types;

namespace KampungKB.Graph.Server.Mutations;

/// <summary>GraphQL <c>UserError</c>: the interface every payload error implements.</summary>
internal sealed class UserErrorInterface : InterfaceGraphType<UserError>
{
    public UserErrorInterface()
    {
        Name = "UserError";
        Description = "A problem with a mutation's input that the caller can fix. When a payload has errors, nothing was written.";
        UserErrorFields.Add(this);
    }
}

/// <summary>The fields every error type shares.</summary>
internal static class UserErrorFields
{
    public static void Add<T>(ComplexGraphType<T> type) where T : UserError
    {
        type.Field(e => e.Message).Description("What is wrong and what is allowed, for a person to read.");
        type.Field(e => e.Code).Description("A stable SCREAMING_CASE code for programs: `INVALID_VALUE`, `REQUIRED`, `INVALID_ID`, " +
            "`INVALID_PERIOD`, `DUPLICATE`, `LIST_TOO_LONG`, `NOT_FOUND`, `CONFLICT`.");
        type.Field(e => e.Path, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>)).Description("Where in the mutation's arguments, e.g. `[\"input\", \"observations\", \"3\", \"value\"]`.");
    }
}

/// <summary>GraphQL <c>ValidationError</c>.</summary>
internal sealed class ValidationErrorType : ObjectGraphType<ValidationError>
{
    public ValidationErrorType()
    {
        Name = "ValidationError";
        Description = "A field of the input is missing, malformed or out of range.";
        Interface<UserErrorInterface>();
        IsTypeOf = value => value is ValidationError;
        UserErrorFields.Add(this);
        Field(e => e.Field).Description("The input field at fault, e.g. `period`.");
    }
}

/// <summary>GraphQL <c>NotFoundError</c>.</summary>
internal sealed class NotFoundErrorType : ObjectGraphType<NotFoundError>
{
    public NotFoundErrorType()
    {
        Name = "NotFoundError";
        Description = "Something the input refers to does not exist, or lies outside the region the caller's key is confined to (the two are not told apart).";
        Interface<UserErrorInterface>();
        IsTypeOf = value => value is NotFoundError;
        UserErrorFields.Add(this);
    }
}

/// <summary>GraphQL <c>ConflictError</c>.</summary>
internal sealed class ConflictErrorType : ObjectGraphType<ConflictError>
{
    public ConflictErrorType()
    {
        Name = "ConflictError";
        Description = "The input clashes with what is stored, e.g. a second Kampung KB of the same name in one village.";
        Interface<UserErrorInterface>();
        IsTypeOf = value => value is ConflictError;
        UserErrorFields.Add(this);
    }
}

/// <summary>The concrete error types; reached only through the interface, so the schema registers them itself.</summary>
internal static class UserErrorTypes
{
    public static readonly Type[] All = [typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(ConflictErrorType)];
}
