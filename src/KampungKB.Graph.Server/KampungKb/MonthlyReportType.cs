using GraphQL.Types;
using KampungKB.Graph.Data.Kampung;

namespace KampungKB.Graph.Server.KampungKb;

/// <summary>GraphQL <c>MonthlyReport</c>.</summary>
internal sealed class MonthlyReportType : ObjectGraphType<MonthlyReport>
{
    public MonthlyReportType()
    {
        Name = "MonthlyReport";
        Description = "A monthly KKBPK report: couples of reproductive age, contraceptive users by method, unmet need and Poktan participation.";
        Field(r => r.Period).Description("Period as `YYYY-MM`.");
        Field(r => r.Families).Description("Families (keluarga) in the Kampung KB.");
        Field(r => r.Pus).Description("Couples of reproductive age (PUS).");
        Field(r => r.Iud).Description("Users of IUD.");
        Field(r => r.Mow).Description("Users of female sterilisation (MOW).");
        Field(r => r.Mop).Description("Users of male sterilisation (MOP).");
        Field(r => r.Kondom).Description("Users of condoms.");
        Field(r => r.Implan).Description("Users of implants.");
        Field(r => r.Suntik).Description("Users of injectables (suntik).");
        Field(r => r.Pil).Description("Users of the pill.");
        Field(r => r.Iat).Description("Unmet need: couples who want a child later (IAT).");
        Field(r => r.Tial).Description("Unmet need: couples who want no more children (TIAL).");
        Field(r => r.PoktanParticipants).Description("Families taking part in a Poktan.");
        Field<NonNullGraphType<IntGraphType>>("contraceptiveUsers")
            .Description("All contraceptive users (peserta KB aktif): the sum over methods.")
            .Resolve(ctx => ctx.Source.Iud + ctx.Source.Mow + ctx.Source.Mop + ctx.Source.Kondom + ctx.Source.Implan + ctx.Source.Suntik + ctx.Source.Pil);
    }
}
