namespace KampungKB.Graph.Server.Mutations;

/// <summary>What every mutation answers: its result, or the errors that stopped it (then nothing was written).</summary>
internal abstract class Payload
{
    public List<UserError> Errors { get; init; } = [];
}
