using KampungKB.Graph.Data.Kampung;
using KampungKB.Graph.Querying.Filtering;
using KampungKB.Graph.Server.Programs;
using KampungKB.Graph.Server.Regions;
using Entity = KampungKB.Graph.Data.Kampung.KampungKb;

namespace KampungKB.Graph.Server.KampungKb;

/// <summary><c>KampungKbFilterInput</c>.</summary>
internal sealed class KampungKbFilterInputType : FilterInputType<Entity>
{
    public KampungKbFilterInputType()
    {
        Name = "KampungKbFilterInput";
        Description = "Filters Kampung KB.";
        Field(k => k.Id).Description = "Database ID.";
        Field(k => k.Name).Description = "Name.";
        Field(k => k.VillageCode).Description = "Code of its village.";
        Field(k => k.DeclaredOn).Description = "Day it was declared.";
        Field(k => k.IsActive).Description = "Whether it is active.";
        Field(k => k.IsRegencyModel).Description = "Whether it is a model of its kab/kota.";
        Field(k => k.IsProvinceModel).Description = "Whether it is a model of its province.";
        Field(k => k.HasRumahDataKu).Description = "Whether it has a Rumah DataKu.";
        Field(k => k.Classification, typeof(ClassificationType)).Description = "Its computed class.";
        Object(k => k.Village, typeof(VillageFilterInputType)).Description = "Its village (and through it kecamatan, kab/kota, province).";
        List(k => k.Participations, typeof(ProgramParticipationFilterInputType), "programs").Description = "The programmes it takes part in.";
        List(k => k.Reports, typeof(MonthlyReportFilterInputType)).Description = "Its monthly KKBPK reports.";
    }
}

/// <summary><c>MonthlyReportFilterInput</c>.</summary>
internal sealed class MonthlyReportFilterInputType : FilterInputType<MonthlyReport>
{
    public MonthlyReportFilterInputType()
    {
        Name = "MonthlyReportFilterInput";
        Description = "Filters monthly KKBPK reports.";
        Field(r => r.Period).Description = "Period `YYYY-MM` (compare as text: `gte: \"2025-01\"`).";
        Field(r => r.Families).Description = "Families.";
        Field(r => r.Pus).Description = "Couples of reproductive age.";
        Field(r => r.PoktanParticipants).Description = "Families in a Poktan.";
    }
}

/// <summary><c>KampungKbSortInput</c>.</summary>
internal sealed class KampungKbSortInputType : Querying.Sorting.SortInputType<Entity>
{
    public KampungKbSortInputType()
    {
        Name = "KampungKbSortInput";
        Description = "Sorts Kampung KB.";
        Field(k => k.Id).Description = "By database ID.";
        Field(k => k.Name).Description = "By name.";
        Field(k => k.VillageCode).Description = "By village code (region order).";
        Field(k => k.DeclaredOn).Description = "By declaration day.";
        Field(k => k.Classification).Description = "By class (DASAR first in ASC).";
        Field(k => k.HasRumahDataKu).Description = "By whether it has a Rumah DataKu.";
        Object(k => k.Village, typeof(VillageSortInputType)).Description = "By a field of its village.";
    }
}

/// <summary><c>MonthlyReportSortInput</c>.</summary>
internal sealed class MonthlyReportSortInputType : Querying.Sorting.SortInputType<MonthlyReport>
{
    public MonthlyReportSortInputType()
    {
        Name = "MonthlyReportSortInput";
        Description = "Sorts monthly reports.";
        Field(r => r.Period).Description = "By period.";
    }
}

/// <summary><c>KampungKbProfileSortInput</c>.</summary>
internal sealed class ProfileSnapshotSortInputType : Querying.Sorting.SortInputType<ProfileSnapshot>
{
    public ProfileSnapshotSortInputType()
    {
        Name = "KampungKbProfileSortInput";
        Description = "Sorts profile snapshots.";
        Field(p => p.Period).Description = "By period.";
    }
}
