using GraphQL;
using GraphQL.Builders;
using GraphQL.Resolvers;
using GraphQL.Types;
using KampungKB.Graph.Data.Partners;

namespace KampungKB.Graph.Server.Partners;

/// <summary>
/// Fields only some roles may read (e.g. the PLKB's name and contact: <c>.RequireRole(HubRole.Analyst)</c>). A caller
/// below the role gets null for the field and an <c>AUTH_NOT_AUTHORIZED</c> error at its path; the rest of the response is
/// served as usual.
/// </summary>
/// <remarks>
/// Checked as the field resolves, from the request's caller, never during validation: validated documents are cached by
/// their text and shared by every caller, so a rule there would hold for the first caller of a document only.
/// </remarks>
internal static class RoleFieldExtensions
{
    /// <summary>The metadata key under which a field records the role it needs.</summary>
    public const string RequiredRole = "KampungKB.Partners.RequiredRole";

    public static FieldBuilder<TSource, TReturn> RequireRole<TSource, TReturn>(this FieldBuilder<TSource, TReturn> builder, HubRole role)
    {
        builder.FieldType.RequireRole(role);
        return builder;
    }

    public static FieldType RequireRole(this FieldType field, HubRole role)
    {
        // A non-null field cannot answer null: the error would wipe out its parent, not just the field.
        if ((field.Type is { } type && typeof(NonNullGraphType).IsAssignableFrom(type)) || field.ResolvedType is NonNullGraphType)
            throw new InvalidOperationException($"Field '{field.Name}' needs role {role} and must therefore be nullable.");
        field.Metadata[RequiredRole] = role;
        field.Resolver = new RoleCheckedResolver(role, field.Resolver ?? NameFieldResolver.Instance);
        field.Description = $"{field.Description?.TrimEnd()} Only for the {Name(role)} role and above; others get null and an `AUTH_NOT_AUTHORIZED` error.".TrimStart();
        return field;
    }

    internal static string Name(HubRole role) => role.ToString().ToLowerInvariant();

    private sealed class RoleCheckedResolver(HubRole role, IFieldResolver inner) : IFieldResolver
    {
        public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
        {
            var caller = context.Caller();
            return caller.Has(role) ? inner.ResolveAsync(context) : throw new NotAuthorizedError(context.FieldDefinition.Name, role, caller);
        }
    }
}

/// <summary>The caller's role is below what a field needs: <c>AUTH_NOT_AUTHORIZED</c>, at that field's path.</summary>
internal sealed class NotAuthorizedError : ExecutionError
{
    public NotAuthorizedError(string field, HubRole role, HubCaller caller)
        : base($"'{field}' is only served to the {RoleFieldExtensions.Name(role)} role and above; " +
            (caller.IsAnonymous
                ? "this request has no API key (anonymous requests read as viewer). Send 'Authorization: Bearer <key>' with a key of that role."
                : $"this key's role is {RoleFieldExtensions.Name(caller.Role)}. Ask the hub's administrator for a key of that role."))
        => Code = AuthErrors.NotAuthorized;
}
