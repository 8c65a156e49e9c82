namespace KampungKB.Graph.Data.Import;

/// <summary>What an import of Kampung KB data may do beyond the default all-or-nothing.</summary>
/// <param name="AllowPartial">Write the valid rows even when others are rejected.</param>
public sealed record TableImportOptions(bool AllowPartial = false);

/// <summary>The outcome of one Kampung KB, profile, report or observation import.</summary>
public sealed class TableImportReport
{
    public required string File { get; init; }
    public required IReadOnlyList<string> Header { get; init; }
    public int Records { get; init; }
    /// <summary>Set when the file as a whole is unusable (empty, missing columns); nothing is written then.</summary>
    public ImportError? FileError { get; init; }
    public IReadOnlyList<ImportError> Errors { get; init; } = [];
    public int Added { get; init; }
    public int Updated { get; init; }
    public int Unchanged { get; init; }
    public bool Written { get; init; }
    /// <summary>Kampung KB whose class was recomputed after the write.</summary>
    public int Reclassified { get; init; }
    public TimeSpan Elapsed { get; init; }

    /// <summary>0 all rows fine, 1 rows rejected, 2 the file is unusable.</summary>
    public int ExitCode => FileError is not null ? 2 : Errors.Count > 0 ? 1 : 0;

    public IEnumerable<ImportError> AllErrors => FileError is null ? Errors : Errors.Prepend(FileError);
}
