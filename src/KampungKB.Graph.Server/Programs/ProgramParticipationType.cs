using Entity = KampungKB.Graph.Data.Kampung.KampungKb;
using KampungKB.Graph.Server.KampungKb;
using KampungKB.Graph.Server.Types;
using KampungKB.Graph.Querying;
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
        this.BatchedReference("program", typeof(NonNullGraphType<ProgramType>), p => p.ProgramCode, (SectorProgram p) => p.Code, HubData.Rows(db => db.Programs))
            .Description = "The programme.";
        this.BatchedReference("kampungKb", typeof(NonNullGraphType<KampungKbType>), p => p.KampungKbId, (Entity k) => k.Id, HubData.Rows(db => db.KampungKbs), navigation: p => p.KampungKb)
            .Description = "The Kampung KB.";
    }
}
