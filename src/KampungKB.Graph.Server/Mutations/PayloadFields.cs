using GraphQL.Types;

namespace KampungKB.Graph.Server.Mutations;

/// <summary>The <c>errors</c> field every payload type has.</summary>
internal static class PayloadFields
{
    public static void Errors<T>(ObjectGraphType<T> payload) where T : Payload =>
        payload.Field(p => p.Errors, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterface>>>))
            .Description("Why nothing was written: empty on success.");
}
