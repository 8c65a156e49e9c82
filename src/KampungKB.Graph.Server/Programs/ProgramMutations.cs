using GraphQL.Types;
using KampungKB.Graph.Data.Partners;
using KampungKB.Graph.Data.Programs;
using KampungKB.Graph.Server.KampungKb;
using KampungKB.Graph.Server.Mutations;
using KampungKB.Graph.Server.Partners;
using Microsoft.EntityFrameworkCore;
using Entity = KampungKB.Graph.Data.Kampung.KampungKb;

namespace KampungKB.Graph.Server.Programs;

/// <summary>
/// <c>joinProgram</c> and <c>leaveProgram</c> (partners and above). A participation is one row per Kampung KB and programme:
/// joining again changes its status and date; leaving sets it <c>ENDED</c>, so the history stays (the audit log keeps the start).
/// Active cross-sector programmes count in the classification, so both recompute the class in the same transaction.
/// </summary>
internal static class ProgramMutations
{
    public const string EntityType = "ProgramParticipation";

    public static void AddProgramMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<JoinProgramInputType, JoinProgramPayloadType>("joinProgram", HubRole.Partner,
            "Records that a Kampung KB takes part in a programme (or changes the status and date of its participation) and recomputes its class.", JoinAsync);
        mutation.Mutation<LeaveProgramInputType, LeaveProgramPayloadType>("leaveProgram", HubRole.Partner,
            "Records that a Kampung KB no longer takes part in a programme (status ENDED since the given day) and recomputes its class.", LeaveAsync);
    }

    private static async Task<Payload> JoinAsync(MutationContext m)
    {
        var input = m.Input;
        var kampungKb = await KampungKbWrites.FindAsync(m, "kampungKbId");
        var program = await FindProgramAsync(m);
        var status = input.Enum("status", ParticipationStatus.Active);
        // A planned participation may start later; a running or ended one has started.
        var since = input.Date("since", notInFuture: status != ParticipationStatus.Planned);
        if (kampungKb is null || program is null || !input.Ok) return new ParticipationPayload { Errors = input.Errors };

        var participation = await m.Db.ProgramParticipations.FirstOrDefaultAsync(p => p.KampungKbId == kampungKb.Id && p.ProgramCode == program, m.Cancellation);
        var before = participation is null ? null : AuditTrail.Snapshot(m.Db, participation);
        if (participation is null)
        {
            participation = new ProgramParticipation { KampungKbId = kampungKb.Id, ProgramCode = program };
            m.Db.ProgramParticipations.Add(participation);
        }
        participation.Status = status;
        participation.Since = since!.Value;
        return await SaveAsync(m, kampungKb, participation, before);
    }

    private static async Task<Payload> LeaveAsync(MutationContext m)
    {
        var input = m.Input;
        var kampungKb = await KampungKbWrites.FindAsync(m, "kampungKbId");
        var program = await FindProgramAsync(m);
        var on = input.Date("on") ?? DateOnly.FromDateTime(DateTime.UtcNow);
        if (kampungKb is null || program is null || !input.Ok) return new ParticipationPayload { Errors = input.Errors };

        var participation = await m.Db.ProgramParticipations.FirstOrDefaultAsync(p => p.KampungKbId == kampungKb.Id && p.ProgramCode == program, m.Cancellation);
        if (participation is null)
        {
            input.NotFound("programCode", $"Kampung KB {kampungKb.Id} does not take part in {program}; nothing to leave.");
            return new ParticipationPayload { Errors = input.Errors };
        }
        // Leaving twice changes nothing (and audits nothing).
        if (participation.Status == ParticipationStatus.Ended) return new ParticipationPayload { Participation = participation, KampungKb = kampungKb };
        var before = AuditTrail.Snapshot(m.Db, participation);
        participation.Status = ParticipationStatus.Ended;
        participation.Since = on;
        return await SaveAsync(m, kampungKb, participation, before);
    }

    private static async Task<ParticipationPayload> SaveAsync(MutationContext m, Entity kampungKb, ProgramParticipation participation, string? before)
    {
        await m.Db.SaveChangesAsync(m.Cancellation);
        m.Audit(EntityType, $"{participation.KampungKbId}:{participation.ProgramCode}", before, AuditTrail.Snapshot(m.Db, participation));
        return new ParticipationPayload
        {
            Participation = participation,
            KampungKb = await KampungKbWrites.SaveAndClassifyAsync(m, kampungKb.Id, AuditTrail.Snapshot(m.Db, kampungKb)),
        };
    }

    /// <summary>The programme's code as stored (codes are matched case-insensitively), or null with a NotFound error listing the known ones.</summary>
    private static async Task<string?> FindProgramAsync(MutationContext m)
    {
        if (m.Input.Text("programCode", required: true, maxLength: 40) is not { } code) return null;
        var codes = await m.Db.Programs.AsNoTracking().OrderBy(p => p.Code).Select(p => p.Code).ToListAsync(m.Cancellation);
        var found = codes.FirstOrDefault(c => string.Equals(c, code, StringComparison.OrdinalIgnoreCase));
        if (found is null) m.Input.NotFound("programCode", $"There is no programme '{code}'; known: {string.Join(", ", codes)}.");
        return found;
    }
}

/// <summary>GraphQL <c>JoinProgramInput</c>.</summary>
internal sealed class JoinProgramInputType : MutationInputType
{
    public JoinProgramInputType()
    {
        Name = "JoinProgramInput";
        Description = "A Kampung KB taking part in a programme. Sent again for the same pair, it changes the status and date.";
        Field<NonNullGraphType<IdGraphType>>("kampungKbId").Description("The Kampung KB: its `id`, or its database number.");
        Field<NonNullGraphType<StringGraphType>>("programCode").Description("The programme's code, e.g. `DEKAT` (see `programs`).");
        Field<ParticipationStatusType>("status").DefaultValue(ParticipationStatus.Active).Description("Where it stands; ACTIVE unless said otherwise.");
        Field<NonNullGraphType<DateOnlyGraphType>>("since").Description("Since when; not in the future unless the status is PLANNED.");
    }
}

/// <summary>GraphQL <c>LeaveProgramInput</c>.</summary>
internal sealed class LeaveProgramInputType : MutationInputType
{
    public LeaveProgramInputType()
    {
        Name = "LeaveProgramInput";
        Description = "A Kampung KB leaving a programme: its participation becomes ENDED (kept, not deleted).";
        Field<NonNullGraphType<IdGraphType>>("kampungKbId").Description("The Kampung KB: its `id`, or its database number.");
        Field<NonNullGraphType<StringGraphType>>("programCode").Description("The programme's code, e.g. `DEKAT`.");
        Field<DateOnlyGraphType>("on").Description("The day it ended (becomes `since` of the ENDED participation); today (UTC) when left out; not in the future.");
    }
}

/// <summary>The payload of <c>joinProgram</c> and <c>leaveProgram</c>.</summary>
internal sealed class ParticipationPayload : Payload
{
    public ProgramParticipation? Participation { get; init; }
    public Entity? KampungKb { get; init; }
}

/// <summary>GraphQL <c>JoinProgramPayload</c>.</summary>
internal sealed class JoinProgramPayloadType : ObjectGraphType<ParticipationPayload>
{
    public JoinProgramPayloadType()
    {
        Name = "JoinProgramPayload";
        Description = "The result of `joinProgram`.";
        Field(p => p.Participation, type: typeof(ProgramParticipationType)).Description("The participation as stored; null when `errors` is not empty.");
        Field(p => p.KampungKb, type: typeof(KampungKbType)).Description("The Kampung KB with its recomputed class; null when `errors` is not empty.");
        PayloadFields.Errors(this);
    }
}

/// <summary>GraphQL <c>LeaveProgramPayload</c>.</summary>
internal sealed class LeaveProgramPayloadType : ObjectGraphType<ParticipationPayload>
{
    public LeaveProgramPayloadType()
    {
        Name = "LeaveProgramPayload";
        Description = "The result of `leaveProgram`.";
        Field(p => p.Participation, type: typeof(ProgramParticipationType)).Description("The participation, now ENDED; null when `errors` is not empty.");
        Field(p => p.KampungKb, type: typeof(KampungKbType)).Description("The Kampung KB with its recomputed class; null when `errors` is not empty.");
        PayloadFields.Errors(this);
    }
}
