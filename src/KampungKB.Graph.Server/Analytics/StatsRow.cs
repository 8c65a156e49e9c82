using KampungKB.Graph.Data.Kampung;

namespace KampungKB.Graph.Server.Analytics;

/// <summary>Which parts of the <c>stats</c> statement a selection needs.</summary>
[Flags]
internal enum StatsParts
{
    None = 0,
    Villages = 1,
    KampungKbs = 2,
    Programs = 4,
}

/// <summary>
/// One grouped row of the <c>stats</c> statement, the shape every part shares so they run as one <c>UNION ALL</c>;
/// a part fills its own columns and leaves the others null or zero.
/// </summary>
internal sealed class StatsRow
{
    // Every member is required so the compiler holds each side of the union to the same projection.
    public required StatsParts Part { get; init; }
    public required string Code { get; init; }
    public required Classification? Classification { get; init; }
    public required bool HasRumahDataKu { get; init; }
    public required string? ProgramCode { get; init; }
    /// <summary>Villages, Kampung KB or active participations in the group, by <see cref="Part"/>.</summary>
    public required int Count { get; init; }
    public required int Desa { get; init; }
    public required int Kelurahan { get; init; }
    public required int DesaAdat { get; init; }
    /// <summary>Villages with at least one Kampung KB.</summary>
    public required int Covered { get; init; }
}
