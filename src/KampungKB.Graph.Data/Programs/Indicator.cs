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
    public List<Observation> Observations { get => field ??= []; set; }
}

/// <summary>How observations combine across Kampung KB and months.</summary>
public enum IndicatorAggregation
{
    /// <summary>A count of events in the month (fathers reached): add up.</summary>
    Sum = 1,
    /// <summary>A rate or percentage (stunting prevalence, D/S): average.</summary>
    Avg = 2,
    /// <summary>A stock (members, families at risk): take each Kampung KB's latest month, then add up across Kampung KB.</summary>
    Last = 3,
}
