namespace KampungKB.Graph.Querying;

/// <summary>Limits applied to every list the engine serves. Register one instance in DI to change the defaults.</summary>
public sealed class QueryingOptions
{
    /// <summary>The defaults: 50 rows per page, at most 1,000.</summary>
    public static QueryingOptions Default { get; } = new();

    /// <summary>Rows returned when a client asks for neither <c>first</c>, <c>last</c> nor <c>take</c>.</summary>
    public int DefaultPageSize { get; init; } = 50;

    /// <summary>Largest page a client may ask for; larger requests fail with <c>PAGE_SIZE_TOO_LARGE</c>.</summary>
    public int MaxPageSize { get; init; } = 1_000;
}
