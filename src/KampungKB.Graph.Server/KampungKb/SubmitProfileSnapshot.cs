using GraphQL.Types;
using KampungKB.Graph.Data.Kampung;
using KampungKB.Graph.Server.Mutations;
using KampungKB.Graph.Server.Partners;
using Microsoft.EntityFrameworkCore;
using Entity = KampungKB.Graph.Data.Kampung.KampungKb;

namespace KampungKB.Graph.Server.KampungKb;

/// <summary>
/// <c>submitProfileSnapshot</c>: an upsert of the one snapshot per Kampung KB and period (a second submission for the
/// period replaces the first, wholly); the class is recomputed in the same transaction.
/// </summary>
internal static class SubmitProfileSnapshot
{
    public const string EntityType = "ProfileSnapshot";

    public static async Task<Payload> HandleAsync(MutationContext m)
    {
        var input = m.Input;
        var kampungKb = await KampungKbWrites.FindAsync(m, "kampungKbId");
        var period = input.Period("period");
        var members = input.Int("pokjaMembers", 0, 500);
        var trained = input.Int("pokjaMembersTrained", 0, 500);
        var formed = input.Bool("pokjaFormed");
        var hasSk = input.Bool("pokjaHasSk");
        if (trained > members)
            input.Fail("pokjaMembersTrained", $"pokjaMembersTrained ({trained}) exceed pokjaMembers ({members}).");
        if (!formed && (hasSk || members > 0))
            input.Fail("pokjaFormed", "A Pokja with an SK or members must be formed: set pokjaFormed to true, or pokjaHasSk false and pokjaMembers 0.");
        var plkbName = input.Text("plkbName");
        var plkbContact = input.Text("plkbContact");
        if (kampungKb is null || !input.Ok) return new ProfileSnapshotPayload { Errors = input.Errors };

        var snapshot = await m.Db.ProfileSnapshots.FirstOrDefaultAsync(p => p.KampungKbId == kampungKb.Id && p.Period == period, m.Cancellation);
        var before = snapshot is null ? null : AuditTrail.Snapshot(m.Db, snapshot);
        if (snapshot is null)
        {
            snapshot = new ProfileSnapshot { KampungKbId = kampungKb.Id, Period = period };
            m.Db.ProfileSnapshots.Add(snapshot);
        }
        snapshot.PokjaFormed = formed;
        snapshot.PokjaHasSk = hasSk;
        snapshot.PokjaMembers = members;
        snapshot.PokjaMembersTrained = trained;
        snapshot.HasPlkb = input.Bool("hasPlkb");
        snapshot.PlkbName = plkbName;
        snapshot.PlkbContact = plkbContact;
        snapshot.Regulations = input.Flags<RegulationIssuers>("regulations");
        snapshot.HasRkm = input.Bool("hasRkm");
        snapshot.Funding = input.Flags<FundingSources>("fundingSources");
        snapshot.Poktan = input.Flags<PoktanKinds>("poktan");
        snapshot.HasSekretariat = input.Bool("hasSekretariat");
        snapshot.HasRumahDataKu = input.Bool("hasRumahDataKu");
        snapshot.DataSources = input.Flags<DataSources>("dataSources");
        snapshot.Mechanisms = input.Flags<OperationalMechanisms>("mechanisms");
        await m.Db.SaveChangesAsync(m.Cancellation);
        m.Audit(EntityType, $"{kampungKb.Id}:{period}", before, AuditTrail.Snapshot(m.Db, snapshot));

        return new ProfileSnapshotPayload
        {
            Profile = snapshot,
            Created = before is null,
            KampungKb = await KampungKbWrites.SaveAndClassifyAsync(m, kampungKb.Id, AuditTrail.Snapshot(m.Db, kampungKb)),
        };
    }
}

/// <summary>GraphQL <c>SubmitProfileSnapshotInput</c>.</summary>
internal sealed class SubmitProfileSnapshotInputType : MutationInputType
{
    public SubmitProfileSnapshotInputType()
    {
        Name = "SubmitProfileSnapshotInput";
        Description = "The whole profile of a Kampung KB for one period. One snapshot per period: submitting a period again replaces its snapshot.";
        Field<NonNullGraphType<IdGraphType>>("kampungKbId").Description("The Kampung KB: its `id`, or its database number.");
        Field<NonNullGraphType<StringGraphType>>("period").Description("The month `YYYY-MM`, not after the current one.");
        Field<NonNullGraphType<BooleanGraphType>>("pokjaFormed").Description("Whether a Pokja (working group) is formed; needed for an SK or members.");
        Field<NonNullGraphType<BooleanGraphType>>("pokjaHasSk").Description("Whether the Pokja has a decree (SK).");
        Field<NonNullGraphType<IntGraphType>>("pokjaMembers").Description("Pokja members, 0 to 500.");
        Field<NonNullGraphType<IntGraphType>>("pokjaMembersTrained").Description("Pokja members trained, 0 to `pokjaMembers`.");
        Field<NonNullGraphType<BooleanGraphType>>("hasPlkb").Description("Whether a PLKB/PKB accompanies it.");
        Field<StringGraphType>("plkbName").Description("The PLKB's name (sensitive: shown to analysts and above only).");
        Field<StringGraphType>("plkbContact").Description("The PLKB's contact (sensitive: shown to analysts and above only).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegulationIssuerType>>>>("regulations").Description("Who issued regulations backing it; `[]` for none.");
        Field<NonNullGraphType<BooleanGraphType>>("hasRkm").Description("Whether it has a community work plan (RKM).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FundingSourceType>>>>("fundingSources").Description("Its sources of funding; `[]` for none.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PoktanKindType>>>>("poktan").Description("The Poktan it runs; `[]` for none.");
        Field<NonNullGraphType<BooleanGraphType>>("hasSekretariat").Description("Whether it has a secretariat.");
        Field<NonNullGraphType<BooleanGraphType>>("hasRumahDataKu").Description("Whether it has a Rumah DataKu.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DataSourceType>>>>("dataSources").Description("Data sources it uses; `[]` for none.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OperationalMechanismType>>>>("mechanisms").Description("Operational mechanisms it runs; `[]` for none.");
    }
}

/// <summary>The payload of <c>submitProfileSnapshot</c>.</summary>
internal sealed class ProfileSnapshotPayload : Payload
{
    public ProfileSnapshot? Profile { get; init; }
    public Entity? KampungKb { get; init; }
    public bool Created { get; init; }
}

/// <summary>GraphQL <c>SubmitProfileSnapshotPayload</c>.</summary>
internal sealed class SubmitProfileSnapshotPayloadType : ObjectGraphType<ProfileSnapshotPayload>
{
    public SubmitProfileSnapshotPayloadType()
    {
        Name = "SubmitProfileSnapshotPayload";
        Description = "The result of `submitProfileSnapshot`.";
        Field(p => p.Profile, type: typeof(ProfileSnapshotType)).Description("The snapshot as stored; null when `errors` is not empty.");
        Field(p => p.KampungKb, type: typeof(KampungKbType)).Description("The Kampung KB with its recomputed class; null when `errors` is not empty.");
        Field(p => p.Created).Description("True when the period had no snapshot yet; false when this one replaced it (or when nothing was written).");
        PayloadFields.Errors(this);
    }
}
