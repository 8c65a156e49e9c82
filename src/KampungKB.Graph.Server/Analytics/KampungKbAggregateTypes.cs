using GraphQL.Types;
using KampungKB.Graph.Data.Programs;
using KampungKB.Graph.Data.Regions;
using KampungKB.Graph.Querying;
using KampungKB.Graph.Server.KampungKb;
using KampungKB.Graph.Server.Programs;
using KampungKB.Graph.Server.Regions;
using KampungKB.Graph.Server.Types;

namespace KampungKB.Graph.Server.Analytics;

/// <summary>GraphQL <c>KampungKbGroupBy</c>.</summary>
internal sealed class KampungKbGroupByType : EnumerationGraphType<KampungKbGroupBy>
{
    public KampungKbGroupByType()
    {
        Name = "KampungKbGroupBy";
        Description = "What Kampung KB are grouped by in `kampungKbAggregate`; combine several for a cross-tabulation.";
        Values["PROVINCE"]!.Description = "By province (`key.provinceCode`).";
        Values["REGENCY"]!.Description = "By kab/kota (`key.regencyCode`).";
        Values["DISTRICT"]!.Description = "By kecamatan (`key.districtCode`).";
        Values["CLASSIFICATION"]!.Description = "By class (`key.classification`).";
        Values["PROGRAM"]!.Description = "By programme taken part in actively (`key.programCode`); a Kampung KB counts once per programme, and one without any is left out.";
        Values["DECLARED_YEAR"]!.Description = "By the year it was declared (`key.declaredYear`).";
    }
}

/// <summary>GraphQL <c>KampungKbGroupKey</c>.</summary>
internal sealed class KampungKbGroupKeyType : ObjectGraphType<KampungKbGroupKey>
{
    public KampungKbGroupKeyType()
    {
        Name = "KampungKbGroupKey";
        Description = "What the Kampung KB of a group share; a field is null unless the request groups by it.";
        Field(k => k.ProvinceCode, nullable: true).Description("Province code, when grouped by PROVINCE.");
        Field(k => k.RegencyCode, nullable: true).Description("Kab/kota code, when grouped by REGENCY.");
        Field(k => k.DistrictCode, nullable: true).Description("Kecamatan code, when grouped by DISTRICT.");
        Field(k => k.Classification, type: typeof(ClassificationType)).Description("Class, when grouped by CLASSIFICATION.");
        Field(k => k.ProgramCode, nullable: true).Description("Programme code, when grouped by PROGRAM.");
        Field(k => k.DeclaredYear, nullable: true).Description("Year of declaration, when grouped by DECLARED_YEAR.");
        // References load for every group of the response in one query each.
        this.BatchedReference("province", typeof(ProvinceType), k => k.ProvinceCode, (Province p) => p.Code, HubData.Rows(db => db.Provinces))
            .Description = "The province, when grouped by PROVINCE.";
        this.BatchedReference("regency", typeof(RegencyType), k => k.RegencyCode, (Regency r) => r.Code, HubData.Rows(db => db.Regencies))
            .Description = "The kab/kota, when grouped by REGENCY.";
        this.BatchedReference("district", typeof(DistrictType), k => k.DistrictCode, (District d) => d.Code, HubData.Rows(db => db.Districts))
            .Description = "The kecamatan, when grouped by DISTRICT.";
        this.BatchedReference("program", typeof(ProgramType), k => k.ProgramCode, (SectorProgram p) => p.Code, HubData.Rows(db => db.Programs))
            .Description = "The programme, when grouped by PROGRAM.";
    }
}

/// <summary>GraphQL <c>KampungKbGroup</c>.</summary>
internal sealed class KampungKbGroupType : ObjectGraphType<KampungKbGroup>
{
    public KampungKbGroupType()
    {
        Name = "KampungKbGroup";
        Description = "Kampung KB sharing a key, counted in the database. Shares are percentages from 0 to 100, not rounded.";
        Field<NonNullGraphType<KampungKbGroupKeyType>>("key").Description("What the group shares.").Resolve(ctx => ctx.Source.Key);
        Field(g => g.Count).Description("Kampung KB in the group.");
        Field(g => g.RumahDataKuCount).Description("Of them, with a Rumah DataKu.");
        Field(g => g.RumahDataKuShare, nullable: true).Description("Percentage (0-100) of the group with a Rumah DataKu; null for an empty group.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClassificationCountType>>>>("byClassification")
            .Description("The group per class, every class listed (DASAR first), zeros included.")
            .Resolve(ctx => ctx.Source.ByClassification);
    }
}
