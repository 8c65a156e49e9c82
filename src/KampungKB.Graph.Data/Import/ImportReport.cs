namespace KampungKB.Graph.Data.Import;

/// <summary>What one level of regions gained: rows added, rows renamed (or re-kinded), rows already as in the file.</summary>
public sealed class RegionChanges
{
    public int Added { get; internal set; }
    public int Renamed { get; internal set; }
    public int Unchanged { get; internal set; }
}

/// <summary>The outcome of one region import, for the terminal summary, the reject file and the exit code.</summary>
public sealed class RegionImportReport
{
    public required string File { get; init; }
    /// <summary>Data records read (the header not counted).</summary>
    public int Records { get; init; }
    /// <summary>Set when the file as a whole is unusable (empty, wrong header); nothing is written then.</summary>
    public ImportError? FileError { get; init; }
    /// <summary>Rejected rows, in file order.</summary>
    public IReadOnlyList<ImportError> Errors { get; init; } = [];
    public IReadOnlyDictionary<RegionLevel, RegionChanges> Changes { get; init; } = new Dictionary<RegionLevel, RegionChanges>();
    /// <summary>Regions in the database that the file does not list, per level; never deleted, only reported.</summary>
    public IReadOnlyDictionary<RegionLevel, int> MissingFromFile { get; init; } = new Dictionary<RegionLevel, int>();
    /// <summary>A few of those codes, to show.</summary>
    public IReadOnlyList<string> MissingExamples { get; init; } = [];
    /// <summary>Whether the database was changed (false after a rejected all-or-nothing import, or when nothing differed).</summary>
    public bool Written { get; init; }
    public TimeSpan Elapsed { get; init; }

    public int Added => Changes.Values.Sum(c => c.Added);
    public int Renamed => Changes.Values.Sum(c => c.Renamed);
    public int Unchanged => Changes.Values.Sum(c => c.Unchanged);

    /// <summary>0 all rows fine, 1 rows rejected, 2 the file is unusable.</summary>
    public int ExitCode => FileError is not null ? 2 : Errors.Count > 0 ? 1 : 0;

    /// <summary>All faults: the file's own first, then the rows'.</summary>
    public IEnumerable<ImportError> AllErrors => FileError is null ? Errors : Errors.Prepend(FileError);
}
