namespace KampungKB.Graph.Data.Programs;

/// <summary>A government agency (OPD/dinas) that runs programmes in Kampung KB.</summary>
public sealed class Agency
{
    /// <summary>The family-planning agency itself; its programmes do not count as cross-sector.</summary>
    public const string BkkbnCode = "BKKBN";

    /// <summary>Short stable code, e.g. <c>DINKES</c>.</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public List<SectorProgram> Programs { get => field ??= []; set; }
}
