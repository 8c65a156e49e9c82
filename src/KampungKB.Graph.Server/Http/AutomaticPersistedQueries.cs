using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using KampungKB.Graph.Server.Partners;
using KampungKB.Graph.Server.Partners.Views;
using Microsoft.Extensions.Caching.Memory;

namespace KampungKB.Graph.Server.Http;

/// <summary>
/// Apollo's automatic persisted queries (<c>extensions.persistedQuery</c>): a client sends a query's SHA-256 alone, and
/// the query with it only when the hub answers <c>PERSISTED_QUERY_NOT_FOUND</c>. The texts are a bounded cache in this
/// process, not saved documents: another replica, or this one after a restart, asks for the text again. A saved-only key
/// gets no text from the cache; its hash is looked up among the saved documents instead.
/// </summary>
internal sealed class AutomaticPersistedQueries(IConfiguration configuration) : IConfigureExecution, IDisposable
{
    public const string Extension = "persistedQuery";

    private readonly MemoryCache _queries = new(new MemoryCacheOptions
    {
        // Sized in characters of query text.
        SizeLimit = configuration.GetValue("GraphQL:PersistedQueryCacheChars", 2_000_000),
    });

    /// <summary>After the operation's telemetry starts, before saved documents are loaded and documents parsed.</summary>
    public float SortOrder => 100;

    /// <summary>True when <paramref name="extensions"/> names a persisted query, so a request without a document is not empty.</summary>
    public static bool Names(Inputs? extensions) => extensions?.ContainsKey(Extension) == true;

    // A request without the extension passes straight on, without a state machine of this method's.
    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next) =>
        !Names(options.Extensions) || options.DocumentId is not null ? next(options) : PersistedAsync(options, next);

    private async Task<ExecutionResult> PersistedAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (Read(options.Extensions![Extension]) is not { } hash) return Refused(new PersistedQueryError(ErrorCodes.InvalidRequest,
            """'extensions.persistedQuery' must be {"version": 1, "sha256Hash": "<64 lower-case hex digits: the SHA-256 of the query's UTF-8 text>"}."""));
        if (hash.Version?.ToString() != "1") return Refused(new PersistedQueryError(ErrorCodes.PersistedQueryNotSupported,
            $"PersistedQueryNotSupported: version {hash.Version} of automatic persisted queries; the hub reads version 1."));

        if (string.IsNullOrEmpty(options.Query))
        {
            if (HubCaller.From(options.User).SavedDocumentsOnly)
                options.DocumentId = SavedDocumentHash.Prefix + hash.Sha256;
            else if (_queries.TryGetValue(hash.Sha256, out string? query))
                options.Query = query;
            else
                return Refused(new PersistedQueryNotFoundError());
            return await next(options);
        }

        var actual = SavedDocumentHash.Of(options.Query)[SavedDocumentHash.Prefix.Length..];
        if (actual != hash.Sha256) return Refused(new PersistedQueryError(ErrorCodes.PersistedQueryHashMismatch,
            $"The query's SHA-256 is {actual}, not the sha256Hash sent ({hash.Sha256}). Hash the query's UTF-8 text exactly as sent."));
        var result = await next(options);
        // Only a document that ran is kept: a broken one would be sent again and refused again anyway.
        if (result.Executed)
            _queries.Set(hash.Sha256, options.Query, new MemoryCacheEntryOptions { Size = options.Query.Length, SlidingExpiration = TimeSpan.FromHours(1) });
        return result;
    }

    // The version as sent (a number, normally 1) and the hash in lower case; null when either is missing or malformed.
    private static (object? Version, string Sha256)? Read(object? extension)
    {
        if (extension is not IDictionary<string, object?> fields) return null;
        if (!fields.TryGetValue("sha256Hash", out var value) || value is not string sha256) return null;
        sha256 = sha256.ToLowerInvariant();
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower)) return null;
        return (fields.TryGetValue("version", out var version) ? version : null, sha256);
    }

    private static ExecutionResult Refused(ExecutionError error) => new() { Errors = [error] };

    public void Dispose() => _queries.Dispose();
}

/// <summary>A malformed or unsupported <c>extensions.persistedQuery</c>: answered 400, which also tells Apollo's client to stop sending hashes.</summary>
internal sealed class PersistedQueryError : RequestError
{
    public PersistedQueryError(string code, string message) : base(message) => Code = code;
}

/// <summary>
/// A hash the hub does not know (yet): the client sends it again with the query. The message is the one Apollo's client
/// looks for; the answer is 200 whatever the media type, since on a 400 or 500 that client stops using persisted queries.
/// </summary>
internal sealed class PersistedQueryNotFoundError : ExecutionError
{
    public PersistedQueryNotFoundError() : base("PersistedQueryNotFound") => Code = ErrorCodes.PersistedQueryNotFound;
}
