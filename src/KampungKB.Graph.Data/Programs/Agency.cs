namespace KampungKB.Graph.Data.Programs;

/// <summary>A government agency (OPD/dinas) that runs programmes in Kampung KB.</summary>
public sealed class Agency
{
    /// <summary>Short stable code, e.g. <c>DINKES</c>.</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public List<SectorProgram> Programs { get; set; } = [];
}
