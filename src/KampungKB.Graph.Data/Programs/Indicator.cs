namespace KampungKB.Graph.Data.Programs;

/// <summary>A figure a programme publishes per Kampung KB per month.</summary>
public sealed class Indicator
{
    /// <summary>Stable code, e.g. <c>STUNTING_PREVALENCE</c>.</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Unit { get; set; }
    public IndicatorAggregation Aggregation { get; set; }
    public required string ProgramCode { get; set; }
    public SectorProgram? Program { get; set; }
    public List<Observation> Observations { get; set; } = [];
}

/// <summary>How observations combine across Kampung KB and months.</summary>
public enum IndicatorAggregation
{
    Sum = 1,
    Avg = 2,
    Last = 3,
}
