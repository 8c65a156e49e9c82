using Microsoft.Extensions.Caching.Memory;

namespace KampungKB.Graph.Server.Partners.Views;

/// <summary>
/// The variables a view declares, kept by the view's text. The endpoint reads the view's row on every request (another
/// replica may have changed it), but parses a text only the first time it sees it: a changed view is a new entry, and
/// entries unused for an hour go.
/// </summary>
internal sealed class ViewDocumentCache : IDisposable
{
    // Sized in characters of view text; views are few and short.
    private readonly MemoryCache _variables = new(new MemoryCacheOptions { SizeLimit = 1_000_000 });

    public IReadOnlyList<ViewVariable> Variables(string body) =>
        _variables.GetOrCreate(body, entry =>
        {
            entry.Size = body.Length;
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            return ViewDocument.Variables(body);
        })!;

    public void Dispose() => _variables.Dispose();
}
