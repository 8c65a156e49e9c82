using System.Linq.Expressions;
using KampungKB.Graph.Querying.Sorting;

namespace KampungKB.Graph.Querying.Paging;

/// <summary>Reads a page and, when asked, the count of the whole list in one statement: one round trip, not two.</summary>
internal static class PageQuery
{
    /// <summary>The page's statement: each row projected, with its sort keys' values and the list's count when asked.</summary>
    /// <param name="page">The ordered, limited rows.</param>
    /// <param name="projection">The selected fields of a row, or null to read whole rows.</param>
    /// <param name="keys">The sort keys to read for cursors; empty when no cursor is selected.</param>
    /// <param name="counted">The filtered list whose rows <c>totalCount</c> counts, or null when it is not selected.</param>
    public static IQueryable<PageRow<T>> Statement<T>(IQueryable<T> page, Expression<Func<T, T>>? projection, IReadOnlyList<SortKey> keys, IQueryable<T>? counted)
        => page.Select(PageRow<T>.Selector(projection, keys, counted));

    /// <param name="statement">The page's <see cref="Statement{T}"/>.</param>
    /// <param name="counted">The filtered list whose rows <c>totalCount</c> counts, or null when it is not selected.</param>
    /// <param name="fromFirstRow">The page starts at the list's first row, so an empty page means an empty list.</param>
    /// <param name="cancellationToken">Cancels the statements.</param>
    public static async Task<(List<PageRow<T>> Rows, int? Total)> RunAsync<T>(IQueryable<PageRow<T>> statement, IQueryable<T>? counted,
        bool fromFirstRow, CancellationToken cancellationToken)
    {
        var rows = await QueryExecution.ToListAsync(statement, cancellationToken).ConfigureAwait(false);
        if (counted == null) return (rows, null);
        if (rows.Count > 0) return (rows, rows[0].Total);
        // Past a cursor or an offset an empty page says nothing of the rows before it: count them on their own.
        return (rows, fromFirstRow ? 0 : await QueryExecution.CountAsync(counted, cancellationToken).ConfigureAwait(false));
    }
}
