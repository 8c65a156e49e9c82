using KampungKB.Graph.Querying.Errors;

namespace KampungKB.Graph.Querying.Paging;

internal static class PageSize
{
    /// <summary>The requested size, or the default; oversize and negative requests are client errors, never silently cut.</summary>
    public static int Check(int? requested, string argument, QueryingOptions options)
    {
        if (requested is < 0) throw new InvalidPagingArgumentsError($"'{argument}' must not be negative.");
        var size = requested ?? options.DefaultPageSize;
        if (size > options.MaxPageSize) throw new PageSizeTooLargeError(size, options.MaxPageSize);
        return size;
    }
}
