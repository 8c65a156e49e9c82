using GraphQL.Types;
using KampungKB.Graph.Data.Kampung;
using KampungKB.Graph.Server.Mutations;
using KampungKB.Graph.Server.Partners;
using Microsoft.EntityFrameworkCore;
using Entity = KampungKB.Graph.Data.Kampung.KampungKb;

namespace KampungKB.Graph.Server.KampungKb;

/// <summary><c>submitMonthlyReport</c>: an upsert of the one KKBPK report per Kampung KB and month; the class is recomputed in the same transaction.</summary>
internal static class SubmitMonthlyReport
{
    public const string EntityType = "MonthlyReport";

    private static readonly string[] Methods = ["iud", "mow", "mop", "kondom", "implan", "suntik", "pil"];

    public static async Task<Payload> HandleAsync(MutationContext m)
    {
        var input = m.Input;
        var kampungKb = await KampungKbWrites.FindAsync(m, "kampungKbId");
        var period = input.Period("period");
        string[] names = ["families", "pus", .. Methods, "iat", "tial", "poktanParticipants"];
        var counts = names.ToDictionary(name => name, name => input.Int(name));
        var users = Methods.Sum(name => counts[name]);
        if (users + counts["iat"] + counts["tial"] > counts["pus"])
            input.Fail("pus", $"Contraceptive users ({users}) plus unmet need ({counts["iat"] + counts["tial"]}) exceed pus ({counts["pus"]}); every couple counted is one of the PUS.");
        if (counts["poktanParticipants"] > counts["families"])
            input.Fail("poktanParticipants", $"poktanParticipants ({counts["poktanParticipants"]}) exceed families ({counts["families"]}).");
        if (kampungKb is null || !input.Ok) return new MonthlyReportPayload { Errors = input.Errors };

        var report = await m.Db.MonthlyReports.FirstOrDefaultAsync(r => r.KampungKbId == kampungKb.Id && r.Period == period, m.Cancellation);
        var before = report is null ? null : AuditTrail.Snapshot(m.Db, report);
        if (report is null)
        {
            report = new MonthlyReport { KampungKbId = kampungKb.Id, Period = period };
            m.Db.MonthlyReports.Add(report);
        }
        report.Families = counts["families"];
        report.Pus = counts["pus"];
        report.Iud = counts["iud"];
        report.Mow = counts["mow"];
        report.Mop = counts["mop"];
        report.Kondom = counts["kondom"];
        report.Implan = counts["implan"];
        report.Suntik = counts["suntik"];
        report.Pil = counts["pil"];
        report.Iat = counts["iat"];
        report.Tial = counts["tial"];
        report.PoktanParticipants = counts["poktanParticipants"];
        await m.Db.SaveChangesAsync(m.Cancellation);
        m.Audit(EntityType, $"{kampungKb.Id}:{period}", before, AuditTrail.Snapshot(m.Db, report));

        return new MonthlyReportPayload
        {
            Report = report,
            Created = before is null,
            KampungKb = await KampungKbWrites.SaveAndClassifyAsync(m, kampungKb.Id, AuditTrail.Snapshot(m.Db, kampungKb)),
        };
    }
}

/// <summary>GraphQL <c>SubmitMonthlyReportInput</c>.</summary>
internal sealed class SubmitMonthlyReportInputType : MutationInputType
{
    public SubmitMonthlyReportInputType()
    {
        Name = "SubmitMonthlyReportInput";
        Description = "The KKBPK report of a Kampung KB for one month. One report per month: submitting a month again replaces its report. " +
            "Counts are 0 to 1,000,000; users of all methods plus unmet need (IAT + TIAL) may not exceed PUS, Poktan participants not families.";
        Field<NonNullGraphType<IdGraphType>>("kampungKbId").Description("The Kampung KB: its `id`, or its database number.");
        Field<NonNullGraphType<StringGraphType>>("period").Description("The month `YYYY-MM`, not after the current one.");
        Field<NonNullGraphType<IntGraphType>>("families").Description("Families (keluarga) in the Kampung KB.");
        Field<NonNullGraphType<IntGraphType>>("pus").Description("Couples of reproductive age (PUS).");
        Field<NonNullGraphType<IntGraphType>>("iud").Description("Users of IUD.");
        Field<NonNullGraphType<IntGraphType>>("mow").Description("Users of female sterilisation (MOW).");
        Field<NonNullGraphType<IntGraphType>>("mop").Description("Users of male sterilisation (MOP).");
        Field<NonNullGraphType<IntGraphType>>("kondom").Description("Users of condoms.");
        Field<NonNullGraphType<IntGraphType>>("implan").Description("Users of implants.");
        Field<NonNullGraphType<IntGraphType>>("suntik").Description("Users of injectables.");
        Field<NonNullGraphType<IntGraphType>>("pil").Description("Users of the pill.");
        Field<NonNullGraphType<IntGraphType>>("iat").Description("Unmet need: couples who want a child later (IAT).");
        Field<NonNullGraphType<IntGraphType>>("tial").Description("Unmet need: couples who want no more children (TIAL).");
        Field<NonNullGraphType<IntGraphType>>("poktanParticipants").Description("Families taking part in a Poktan.");
    }
}

/// <summary>The payload of <c>submitMonthlyReport</c>.</summary>
internal sealed class MonthlyReportPayload : Payload
{
    public MonthlyReport? Report { get; init; }
    public Entity? KampungKb { get; init; }
    public bool Created { get; init; }
}

/// <summary>GraphQL <c>SubmitMonthlyReportPayload</c>.</summary>
internal sealed class SubmitMonthlyReportPayloadType : ObjectGraphType<MonthlyReportPayload>
{
    public SubmitMonthlyReportPayloadType()
    {
        Name = "SubmitMonthlyReportPayload";
        Description = "The result of `submitMonthlyReport`.";
        Field(p => p.Report, type: typeof(MonthlyReportType)).Description("The report as stored; null when `errors` is not empty.");
        Field(p => p.KampungKb, type: typeof(KampungKbType)).Description("The Kampung KB with its recomputed class; null when `errors` is not empty.");
        Field(p => p.Created).Description("True when the month had no report yet; false when this one replaced it (or when nothing was written).");
        PayloadFields.Errors(this);
    }
}
