using GraphQL.Types;
using KampungKB.Graph.Data.Programs;
using KampungKB.Graph.Querying;
using KampungKB.Graph.Server.KampungKb;
using KampungKB.Graph.Server.Programs;
using KampungKB.Graph.Server.Types;

namespace KampungKB.Graph.Server.Analytics;

/// <summary>GraphQL <c>RegionStats</c>.</summary>
internal sealed class RegionStatsType : ObjectGraphType<RegionStats>
{
    // Which statement each field needs; StatsField reads it from the selection so unasked statements never run.
    public static readonly IReadOnlyDictionary<string, StatsParts> PartOf = new Dictionary<string, StatsParts>
    {
        ["villageCount"] = StatsParts.Villages,
        ["desaCount"] = StatsParts.Villages,
        ["kelurahanCount"] = StatsParts.Villages,
        ["desaAdatCount"] = StatsParts.Villages,
        ["villagesWithKampungKbCount"] = StatsParts.Villages,
        ["coverage"] = StatsParts.Villages,
        ["kampungKbCount"] = StatsParts.KampungKbs,
        ["rumahDataKuCount"] = StatsParts.KampungKbs,
        ["rumahDataKuShare"] = StatsParts.KampungKbs,
        ["byClassification"] = StatsParts.KampungKbs,
        ["byProgram"] = StatsParts.Programs,
    };

    public RegionStatsType()
    {
        Name = "RegionStats";
        Description = "Dashboard figures of a region, computed in the database. Shares are percentages from 0 to 100, not rounded.";
        Field(s => s.VillageCount).Description("Desa and kelurahan (all kinds).");
        Field(s => s.DesaCount).Description("Desa (not counting desa adat).");
        Field(s => s.KelurahanCount).Description("Kelurahan.");
        Field(s => s.DesaAdatCount).Description("Desa adat.");
        Field("villagesWithKampungKbCount", s => s.VillagesWithKampungKb).Description("Villages with at least one Kampung KB.");
        Field(s => s.Coverage, nullable: true)
            .Description("Percentage (0-100) of villages with at least one Kampung KB; null when the region has no village.");
        Field(s => s.KampungKbCount).Description("Kampung KB declared in the region.");
        Field(s => s.RumahDataKuCount).Description("Kampung KB whose current profile has a Rumah DataKu.");
        Field(s => s.RumahDataKuShare, nullable: true)
            .Description("Percentage (0-100) of Kampung KB with a Rumah DataKu; null when the region has no Kampung KB. Bali: 71.36 when rounded.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClassificationCountType>>>>("byClassification")
            .Description("Kampung KB per class, every class listed (DASAR first), zeros included.")
            .Resolve(ctx => ctx.Source.ByClassification);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProgramCountType>>>>("byProgram")
            .Description("Kampung KB taking part actively in each programme, largest first; programmes without any are left out.")
            .Resolve(ctx => ctx.Source.ByProgram);
    }
}

/// <summary>GraphQL <c>ClassificationCount</c>.</summary>
internal sealed class ClassificationCountType : ObjectGraphType<ClassificationCount>
{
    public ClassificationCountType()
    {
        Name = "ClassificationCount";
        Description = "How many Kampung KB are in one class.";
        Field(c => c.Classification, type: typeof(NonNullGraphType<ClassificationType>)).Description("The class.");
        Field(c => c.Count).Description("Kampung KB in this class.");
        Field(c => c.Share, nullable: true).Description("Percentage (0-100) of the Kampung KB counted; null when there are none.");
    }
}

/// <summary>GraphQL <c>ProgramCount</c>.</summary>
internal sealed class ProgramCountType : ObjectGraphType<ProgramCount>
{
    public ProgramCountType()
    {
        Name = "ProgramCount";
        Description = "How many Kampung KB take part actively in one programme.";
        Field(p => p.ProgramCode).Description("Code of the programme.");
        this.BatchedReference("program", typeof(NonNullGraphType<ProgramType>), p => p.ProgramCode, (SectorProgram p) => p.Code, HubData.Rows(db => db.Programs))
            .Description = "The programme (loaded for every count of the response in one query).";
        Field(p => p.Count).Description("Kampung KB with an active participation.");
    }
}
