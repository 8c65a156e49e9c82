using GraphQL.Types;
using KampungKB.Graph.Data.Programs;

namespace KampungKB.Graph.Server.Programs;

/// <summary>GraphQL <c>ProgramParticipation</c>.</summary>
internal sealed class ProgramParticipationType : ObjectGraphType<ProgramParticipation>
{
    public ProgramParticipationType()
    {
        Name = "ProgramParticipation";
        Description = "A Kampung KB taking part in a programme.";
        Field(p => p.ProgramCode).Description("Code of the programme.");
        Field(p => p.Status, type: typeof(NonNullGraphType<ParticipationStatusType>)).Description("Where it stands.");
        Field(p => p.Since).Description("Since when.");
    }
}
