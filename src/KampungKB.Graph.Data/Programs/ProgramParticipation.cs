using KampungKB.Graph.Data.Kampung;

namespace KampungKB.Graph.Data.Programs;

/// <summary>A Kampung KB taking part in a programme.</summary>
public sealed class ProgramParticipation
{
    public int KampungKbId { get; set; }
    public KampungKb? KampungKb { get; set; }
    public required string ProgramCode { get; set; }
    public SectorProgram? Program { get; set; }
    public ParticipationStatus Status { get; set; } = ParticipationStatus.Active;
    public DateOnly Since { get; set; }
}

/// <summary>Where a Kampung KB stands in a programme.</summary>
public enum ParticipationStatus
{
    Planned = 1,
    Active = 2,
    Ended = 3,
}
