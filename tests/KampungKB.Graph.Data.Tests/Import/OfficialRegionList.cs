namespace KampungKB.Graph.TestSupport;

/// <summary>
/// The official Kemendagri list in <c>shared/data/wilayah/</c> beside the repository (never copied into it),
/// found by walking up from the test's base directory.
/// </summary>
public static class OfficialRegionList
{
    public const string SkipReason = "The official region list (shared/data/wilayah/ beside the repository) is not present on this machine.";

    /// <summary>The folder, or null when this machine does not have it.</summary>
    public static string? Folder { get; } = Find();

    public static string National => Path.Combine(Folder!, "kemendagri-2025.csv");

    public static string Bali => Path.Combine(Folder!, "kemendagri-2025-bali.csv");

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "wilayah");
            if (File.Exists(Path.Combine(candidate, "kemendagri-2025.csv"))) return candidate;
        }
        return null;
    }
}

/// <summary>A fact that needs the official list; skipped, saying why, where it is absent.</summary>
public sealed class OfficialListFactAttribute : FactAttribute
{
    public OfficialListFactAttribute()
    {
        if (OfficialRegionList.Folder is null) Skip = OfficialRegionList.SkipReason;
    }
}
