namespace KampungKB.Graph.Data.Import;

/// <summary>One rejected row (or, on line 1, a fault of the whole file), named so a person can find and fix it.</summary>
/// <param name="File">The file as given on the command line.</param>
/// <param name="Line">1-based physical line the record starts on.</param>
/// <param name="Column">The column's header name (or number when the row has more columns than the header).</param>
/// <param name="Reason">What is wrong, in words.</param>
/// <param name="Fields">The record's raw fields, written to the reject file so it can be corrected and re-imported.</param>
public sealed record ImportError(string File, int Line, string Column, string Reason, IReadOnlyList<string> Fields)
{
    public override string ToString() => $"{File}:{Line}: [{Column}] {Reason}";
}

/// <summary>How far an import has got, for progress bars: <paramref name="Done"/> of <paramref name="Total"/> rows in <paramref name="Phase"/>.</summary>
public readonly record struct ImportProgress(string Phase, long Done, long Total);
