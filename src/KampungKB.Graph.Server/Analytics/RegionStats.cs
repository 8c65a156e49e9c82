using KampungKB.Graph.Data.Kampung;

namespace KampungKB.Graph.Server.Analytics;

/// <summary>The dashboard figures of one region (or of the whole country); shares are percentages 0-100.</summary>
internal sealed class RegionStats
{
    public static readonly RegionStats Empty = new();

    public int VillageCount { get; set; }
    public int DesaCount { get; set; }
    public int KelurahanCount { get; set; }
    public int DesaAdatCount { get; set; }
    public int VillagesWithKampungKb { get; set; }
    public int KampungKbCount { get; set; }
    public int RumahDataKuCount { get; set; }
    public int[] ClassCounts { get; } = new int[Enum.GetValues<Classification>().Length];
    public List<ProgramCount> ByProgram { get; } = [];

    public double? Coverage => Percentages.Of(VillagesWithKampungKb, VillageCount);
    public double? RumahDataKuShare => Percentages.Of(RumahDataKuCount, KampungKbCount);
    public IEnumerable<ClassificationCount> ByClassification => ClassificationCount.All(ClassCounts, KampungKbCount);

    /// <summary>Adds the village and Kampung KB figures of a region inside this one (a kab/kota's to its province's).</summary>
    public void Add(RegionStats inner)
    {
        VillageCount += inner.VillageCount;
        DesaCount += inner.DesaCount;
        KelurahanCount += inner.KelurahanCount;
        DesaAdatCount += inner.DesaAdatCount;
        VillagesWithKampungKb += inner.VillagesWithKampungKb;
        KampungKbCount += inner.KampungKbCount;
        RumahDataKuCount += inner.RumahDataKuCount;
        for (var i = 0; i < ClassCounts.Length; i++) ClassCounts[i] += inner.ClassCounts[i];
    }
}

/// <summary>How many Kampung KB of a region or group are in one class.</summary>
internal sealed record ClassificationCount(Classification Classification, int Count, double? Share)
{
    /// <summary>Every class in rule order (DASAR first), zeros included so charts keep their legend.</summary>
    public static IEnumerable<ClassificationCount> All(int[] counts, int total) =>
        Enum.GetValues<Classification>().Select(c => new ClassificationCount(c, counts[(int)c - 1], Percentages.Of(counts[(int)c - 1], total)));
}

/// <summary>How many Kampung KB of a region take part actively in one programme.</summary>
internal sealed record ProgramCount(string ProgramCode, int Count);

internal static class Percentages
{
    /// <summary><paramref name="part"/> as a percentage of <paramref name="whole"/>, unrounded; null when there is no whole.</summary>
    public static double? Of(int part, int whole) => whole == 0 ? null : part * 100.0 / whole;
}
