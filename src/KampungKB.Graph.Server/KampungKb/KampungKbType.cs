using KampungKB.Graph.Server.Regions;
using KampungKB.Graph.Server.Programs;
using KampungKB.Graph.Server.Indicators;
using KampungKB.Graph.Data.Regions;
using KampungKB.Graph.Data.Programs;
using KampungKB.Graph.Data.Kampung;
using KampungKB.Graph.Server.Types;
using KampungKB.Graph.Querying;
using KampungKB.Graph.Querying.Batching;
using KampungKB.Graph.Querying.Projection;
using GraphQL.Types;
using KampungKB.Graph.Server.Relay;
using Entity = KampungKB.Graph.Data.Kampung.KampungKb;

namespace KampungKB.Graph.Server.KampungKb;

/// <summary>GraphQL <c>KampungKb</c>.</summary>
internal sealed class KampungKbType : ObjectGraphType<Entity>
{
    public KampungKbType()
    {
        Name = "KampungKb";
        Description = "A Kampung Keluarga Berkualitas: a village community organised around family quality, as the BKKBN portal records it.";
        this.NodeId(k => k.Id);
        Field(k => k.Name).Description("Name of the Kampung KB.");
        Field(k => k.VillageCode).Description("Kemendagri code of the village it lies in.");
        Field(k => k.DeclaredOn).Description("Tanggal pencanangan: the day it was declared.");
        Field(k => k.Coverage, nullable: true).Description("Cakupan wilayah: the RW or dusun it covers.");
        Field(k => k.Latitude, nullable: true).Description("Latitude (WGS 84) of its secretariat.");
        Field(k => k.Longitude, nullable: true).Description("Longitude (WGS 84) of its secretariat.");
        Field(k => k.IsActive).Description("Whether it is active.");
        Field(k => k.IsRegencyModel).Description("Percontohan kabupaten: a model Kampung KB of its kab/kota.");
        Field(k => k.IsProvinceModel).Description("Percontohan provinsi: a model Kampung KB of its province.");
        Field(k => k.HasRumahDataKu).Description("Whether its current profile has a Rumah DataKu (village micro-data house).");
        Field(k => k.Classification, type: typeof(NonNullGraphType<ClassificationType>))
            .Description("Its class, computed by the classification rule from the latest profile, report and programmes.");
        Field<NonNullGraphType<ClassificationScoresType>>("classificationScores")
            .Description("Why it has its class: each indicator's value and score and the three indices. Worked out for every Kampung KB " +
                "at this place in the query together (a few statements per 2,000), not one by one.")
            .Requires(k => k.Id)
            .Resolve(ctx => BatchedField.Load(ctx, ctx.Source.Id, async (ids, ct) =>
                (await KampungKbClassifier.EvaluateAsync(ctx.Db(), ids.Cast<int>().ToList(), ct)).ToDictionary(p => (object)p.Key, p => (ClassificationResult?)p.Value),
                missing: (ClassificationResult?)null));
        this.BatchedReference("village", typeof(NonNullGraphType<VillageType>), k => k.VillageCode, (Village v) => v.Code, HubData.Rows(db => db.Villages), navigation: k => k.Village)
            .Description = "The village it lies in.";
        this.BatchedList("programs", typeof(ProgramParticipationType), k => k.Id, (ProgramParticipation p) => p.KampungKbId, HubData.Rows(db => db.ProgramParticipations))
            .Filter<ProgramParticipationFilterInputType>().Sort<ProgramParticipationSortInputType>()
            .Description("The sector programmes it takes part in, with status and start.");
        this.BatchedList("profiles", typeof(ProfileSnapshotType), k => k.Id, (ProfileSnapshot p) => p.KampungKbId, HubData.Rows(db => db.ProfileSnapshots))
            .Sort<ProfileSnapshotSortInputType>()
            .Description("Its profile snapshots; `profiles(order: { period: DESC }, first: 1)` is the current one.");
        this.BatchedList("reports", typeof(MonthlyReportType), k => k.Id, (MonthlyReport r) => r.KampungKbId, HubData.Rows(db => db.MonthlyReports))
            .Filter<MonthlyReportFilterInputType>().Sort<MonthlyReportSortInputType>()
            .Description("Its monthly KKBPK reports.");
        this.BatchedList("observations", typeof(ObservationType), k => k.Id, (Observation o) => o.KampungKbId, HubData.Rows(db => db.Observations))
            .Filter<ObservationFilterInputType>().Sort<ObservationSortInputType>()
            .Description("Monthly values of programme indicators for this Kampung KB.");
    }
}
