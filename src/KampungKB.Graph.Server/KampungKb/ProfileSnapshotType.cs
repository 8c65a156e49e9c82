using GraphQL.Types;
using KampungKB.Graph.Data.Kampung;
using KampungKB.Graph.Data.Partners;
using KampungKB.Graph.Server.Partners;

namespace KampungKB.Graph.Server.KampungKb;

/// <summary>GraphQL <c>KampungKbProfile</c>.</summary>
internal sealed class ProfileSnapshotType : ObjectGraphType<ProfileSnapshot>
{
    public ProfileSnapshotType()
    {
        Name = "KampungKbProfile";
        Description = "The state of a Kampung KB in one period: institutions, funding, Poktan, facilities and ways of working. The latest is current.";
        Field(p => p.Period).Description("Period as `YYYY-MM`.");
        Field(p => p.PokjaFormed).Description("Whether a Pokja (working group) is formed.");
        Field(p => p.PokjaHasSk).Description("Whether the Pokja has a decree (SK).");
        Field(p => p.PokjaMembers).Description("Number of Pokja members.");
        Field(p => p.PokjaMembersTrained).Description("Number of Pokja members trained.");
        Field(p => p.HasPlkb).Description("Whether a PLKB/PKB (family planning field officer) accompanies it.");
        // Personal data of the PLKB: analysts and above (see Partners/RoleFieldExtensions).
        Field(p => p.PlkbName, nullable: true).Description("Name of the PLKB/PKB who accompanies it; null when none.")
            .RequireRole(HubRole.Analyst);
        Field(p => p.PlkbContact, nullable: true).Description("How to reach the PLKB/PKB (telephone or e-mail); null when none.")
            .RequireRole(HubRole.Analyst);
        Field(p => p.HasRkm).Description("Whether it has a community work plan (RKM).");
        Field(p => p.HasSekretariat).Description("Whether it has a secretariat.");
        Field(p => p.HasRumahDataKu).Description("Whether it has a Rumah DataKu.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegulationIssuerType>>>>("regulations")
            .Description("Who issued regulations backing it.").Resolve(ctx => RegulationIssuerType.Split(ctx.Source.Regulations));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FundingSourceType>>>>("fundingSources")
            .Description("Its sources of funding.").Resolve(ctx => FundingSourceType.Split(ctx.Source.Funding));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PoktanKindType>>>>("poktan")
            .Description("The Poktan it runs.").Resolve(ctx => PoktanKindType.Split(ctx.Source.Poktan));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DataSourceType>>>>("dataSources")
            .Description("Data sources it uses.").Resolve(ctx => DataSourceType.Split(ctx.Source.DataSources));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OperationalMechanismType>>>>("mechanisms")
            .Description("Operational mechanisms it runs.").Resolve(ctx => OperationalMechanismType.Split(ctx.Source.Mechanisms));
    }
}
