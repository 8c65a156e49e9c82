using GraphQL;

namespace KampungKB.Graph.Server.Relay;

/// <summary>An ID that this hub did not issue.</summary>
internal sealed class InvalidIdError : ExecutionError
{
    public InvalidIdError(string id)
        : base($"'{(id.Length > 64 ? id[..64] + "..." : id)}' is not an ID of this hub. Use the `id` field of an object as returned by the API.") =>
        Code = "INVALID_ID";
}
