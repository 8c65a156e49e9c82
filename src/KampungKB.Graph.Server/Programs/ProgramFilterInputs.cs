using KampungKB.Graph.Data.Programs;
using KampungKB.Graph.Querying.Filtering;
using KampungKB.Graph.Querying.Sorting;

namespace KampungKB.Graph.Server.Programs;

/// <summary><c>AgencyFilterInput</c>.</summary>
internal sealed class AgencyFilterInputType : FilterInputType<Agency>
{
    public AgencyFilterInputType()
    {
        Name = "AgencyFilterInput";
        Description = "Filters agencies.";
        Field(a => a.Code).Description = "Code.";
        Field(a => a.Name).Description = "Name.";
        List(a => a.Programs, typeof(ProgramFilterInputType)).Description = "Its programmes.";
    }
}

/// <summary><c>ProgramFilterInput</c>.</summary>
internal sealed class ProgramFilterInputType : FilterInputType<SectorProgram>
{
    public ProgramFilterInputType()
    {
        Name = "ProgramFilterInput";
        Description = "Filters programmes.";
        Field(p => p.Code).Description = "Code.";
        Field(p => p.Name).Description = "Name.";
        Field(p => p.AgencyCode).Description = "Code of its agency.";
        Field(p => p.ParentCode).Description = "Code of its parent programme (`eq: null` for top-level ones).";
        Object(p => p.Agency, typeof(AgencyFilterInputType)).Description = "Its agency.";
        Object(p => p.Parent, typeof(ProgramFilterInputType)).Description = "Its parent programme.";
    }
}

/// <summary><c>ProgramParticipationFilterInput</c>.</summary>
internal sealed class ProgramParticipationFilterInputType : FilterInputType<ProgramParticipation>
{
    public ProgramParticipationFilterInputType()
    {
        Name = "ProgramParticipationFilterInput";
        Description = "Filters participations of Kampung KB in programmes.";
        Field(p => p.ProgramCode).Description = "Code of the programme.";
        Field(p => p.Status, typeof(ParticipationStatusType)).Description = "Where it stands.";
        Field(p => p.Since).Description = "Since when.";
        Object(p => p.Program, typeof(ProgramFilterInputType)).Description = "The programme.";
    }
}

/// <summary><c>AgencySortInput</c>.</summary>
internal sealed class AgencySortInputType : SortInputType<Agency>
{
    public AgencySortInputType()
    {
        Name = "AgencySortInput";
        Description = "Sorts agencies.";
        Field(a => a.Code).Description = "By code.";
        Field(a => a.Name).Description = "By name.";
    }
}

/// <summary><c>ProgramSortInput</c>.</summary>
internal sealed class ProgramSortInputType : SortInputType<SectorProgram>
{
    public ProgramSortInputType()
    {
        Name = "ProgramSortInput";
        Description = "Sorts programmes.";
        Field(p => p.Code).Description = "By code.";
        Field(p => p.Name).Description = "By name.";
        Field(p => p.AgencyCode).Description = "By agency code.";
    }
}

/// <summary><c>ProgramParticipationSortInput</c>.</summary>
internal sealed class ProgramParticipationSortInputType : SortInputType<ProgramParticipation>
{
    public ProgramParticipationSortInputType()
    {
        Name = "ProgramParticipationSortInput";
        Description = "Sorts participations.";
        Field(p => p.ProgramCode).Description = "By programme code.";
        Field(p => p.Since).Description = "By start.";
        Field(p => p.Status).Description = "By status.";
    }
}
