namespace KampungKB.Graph.Querying.Paging;

/// <summary>Relay page information.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>One row of a connection and its cursor.</summary>
public sealed record Edge<T>(string Cursor, T Node);

/// <summary>A page of a cursor connection; <see cref="TotalCount"/> is null unless the query selected it.</summary>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int? TotalCount)
{
    /// <summary>The rows of the page, in order.</summary>
    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);
}

/// <summary>HotChocolate's <c>CollectionSegmentInfo</c> for offset paging.</summary>
public sealed record CollectionSegmentInfo(bool HasNextPage, bool HasPreviousPage);

/// <summary>A page of an offset-paged list; <see cref="TotalCount"/> is null unless the query selected it.</summary>
public sealed record CollectionSegment<T>(IReadOnlyList<T> Items, CollectionSegmentInfo PageInfo, int? TotalCount);
