using GraphQL.Types;
using KampungKB.Graph.Data.Partners;
using KampungKB.Graph.Server.Mutations;

namespace KampungKB.Graph.Server.KampungKb;

/// <summary>Root mutation fields for Kampung KB, their profiles and monthly reports (editors and above).</summary>
internal static class KampungKbMutations
{
    public static void AddKampungKbMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<CreateKampungKbInputType, CreateKampungKbPayloadType>("createKampungKb", HubRole.Editor,
            "Creates a Kampung KB in a village of your key's region.", CreateKampungKb.HandleAsync);
        mutation.Mutation<UpdateKampungKbInputType, UpdateKampungKbPayloadType>("updateKampungKb", HubRole.Editor,
            "Changes a Kampung KB's name, declaration day, coverage, coordinates, active flag or model flags (only the fields sent).", UpdateKampungKb.HandleAsync);
        mutation.Mutation<SubmitProfileSnapshotInputType, SubmitProfileSnapshotPayloadType>("submitProfileSnapshot", HubRole.Editor,
            "Submits a Kampung KB's profile for a period (upsert: replaces that period's snapshot) and recomputes its class.", SubmitProfileSnapshot.HandleAsync);
        mutation.Mutation<SubmitMonthlyReportInputType, SubmitMonthlyReportPayloadType>("submitMonthlyReport", HubRole.Editor,
            "Submits a Kampung KB's KKBPK report for a month (upsert: replaces that month's report) and recomputes its class.", SubmitMonthlyReport.HandleAsync);
    }
}
