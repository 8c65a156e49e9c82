namespace KampungKB.Graph.Data.Programs;

/// <summary>A sector programme (GATI, DEKAT, Posyandu, ...) of an agency; may sit under a parent.</summary>
public sealed class SectorProgram
{
    /// <summary>Short stable code, e.g. <c>DEKAT</c>.</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public required string AgencyCode { get; set; }
    public Agency? Agency { get; set; }
    public string? ParentCode { get; set; }
    public SectorProgram? Parent { get; set; }
    public List<SectorProgram> Children { get => field ??= []; set; }
    public List<Indicator> Indicators { get => field ??= []; set; }
    public List<ProgramParticipation> Participations { get => field ??= []; set; }
}
