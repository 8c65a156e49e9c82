using GraphQL.Types;
using KampungKB.Graph.Data.Programs;

namespace KampungKB.Graph.Server.Programs;

/// <summary>GraphQL <c>ParticipationStatus</c>.</summary>
internal sealed class ParticipationStatusType : EnumerationGraphType<ParticipationStatus>
{
    public ParticipationStatusType()
    {
        Name = "ParticipationStatus";
        Description = "Where a Kampung KB stands in a programme.";
        Values["PLANNED"]!.Description = "Agreed, not yet running.";
        Values["ACTIVE"]!.Description = "Running.";
        Values["ENDED"]!.Description = "No longer running.";
    }
}
