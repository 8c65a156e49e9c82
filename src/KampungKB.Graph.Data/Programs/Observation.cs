using KampungKB.Graph.Data.Kampung;

namespace KampungKB.Graph.Data.Programs;

/// <summary>One monthly value of an indicator for one Kampung KB.</summary>
public sealed class Observation
{
    public long Id { get; set; }
    public required string IndicatorCode { get; set; }
    public Indicator? Indicator { get; set; }
    public int KampungKbId { get; set; }
    public KampungKb? KampungKb { get; set; }
    /// <summary>Period as <c>YYYY-MM</c>.</summary>
    public required string Period { get; set; }
    public double Value { get; set; }
}
