using GraphQL;
using GraphQL.Types;
using KampungKB.Graph.Data;
using KampungKB.Graph.Data.Partners;
using KampungKB.Graph.Server.Partners;
using KampungKB.Graph.Server.Types;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Server.Mutations;

/// <summary>
/// Declares mutation fields the one way they all work: <c>name(input: XInput!): XPayload</c>, refused with a GraphQL error
/// <c>AUTH_NOT_AUTHORIZED</c> (and <c>data.name: null</c>) below the role, and run in one database transaction that
/// commits only when the payload has no errors, so the row, its refreshed class and its audit entries land together or not at all.
/// </summary>
internal static class MutationFields
{
    public static FieldType Mutation<TInputType, TPayloadType>(this ObjectGraphType mutation, string name, HubRole role, string description,
        Func<MutationContext, Task<Payload>> handle)
        where TInputType : MutationInputType where TPayloadType : IObjectGraphType =>
        mutation.Field<TPayloadType>(name)
            .Description($"{description} Needs the role {role.ToString().ToLowerInvariant()} or above.")
            .Argument<NonNullGraphType<TInputType>>("input", "What to write.")
            .ResolveAsync(async ctx =>
            {
                var caller = ctx.Caller();
                if (!caller.Has(role) || caller.IsAnonymous) throw NotAuthorized(name, role, caller);
                var db = ctx.Db();
                // Two writers of the same new row (a period's snapshot, say) both find it missing; the second insert
                // then meets the unique index. Run again, it finds the row the first wrote and updates it.
                for (var attempt = 1; ; attempt++)
                {
                    try
                    {
                        return await RunInTransactionAsync(ctx, db, handle);
                    }
                    catch (DbUpdateException e) when (UniqueViolation.Is(e))
                    {
                        if (attempt == MaxAttempts) throw new ExecutionError(
                            $"'{name}' met concurrent writes to the same rows {MaxAttempts} times; nothing was written. Send it again.") { Code = UserErrorCodes.Conflict };
                    }
                }
            }).FieldType;

    private const int MaxAttempts = 3;

    // Commits only a payload without errors; the row, its refreshed class and its audit entries land together or not at all.
    private static async Task<Payload> RunInTransactionAsync(IResolveFieldContext<object?> ctx, KampungKbDbContext db,
        Func<MutationContext, Task<Payload>> handle)
    {
        var errors = new List<UserError>();
        var input = new InputReader(ctx.Arguments?["input"].Value as IDictionary<string, object?> ?? new Dictionary<string, object?>(), ["input"], errors);
        await using var transaction = await db.Database.BeginTransactionAsync(ctx.CancellationToken);
        try
        {
            var payload = await handle(new MutationContext(ctx, db, input));
            if (payload.Errors.Count == 0)
            {
                await db.SaveChangesAsync(ctx.CancellationToken);
                await transaction.CommitAsync(ctx.CancellationToken);
            }
            else
            {
                await transaction.RollbackAsync(ctx.CancellationToken);
            }
            return payload;
        }
        finally
        {
            // The request's DbContext goes on serving reads of the payload (or the next attempt); it must not carry this write's rows.
            db.ChangeTracker.Clear();
        }
    }

    private static ExecutionError NotAuthorized(string name, HubRole role, HubCaller caller) => new(caller.IsAnonymous
        ? $"'{name}' writes data and needs an API key with the role {Role(role)} or above: send 'Authorization: Bearer <key>'. Anonymous access is read-only."
        : $"'{name}' needs the role {Role(role)} or above; the key '{caller.Name}' is {Role(caller.Role)}. Ask the hub's administrator for a key with that role.")
    {
        Code = AuthErrors.NotAuthorized,
    };

    private static string Role(HubRole role) => role.ToString().ToLowerInvariant();
}
