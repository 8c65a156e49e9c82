using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace KampungKB.Graph.Server.Hosting;

/// <summary>
/// Keeps parsed documents that passed validation, keyed by their text, so a dashboard's repeated query is neither
/// parsed nor validated again. (GraphQL.MemoryCache is not available here; this is its essence.)
/// </summary>
internal sealed class ValidatedDocumentCache(IConfiguration configuration) : IConfigureExecution, IDisposable
{
    // A document is charged at least this many characters: a small one still costs the hub about 55 KB (its syntax tree,
    // its validation, a compiled plan of its lists), so the limit bounds the count too (1,000 at the default).
    private const int MinimumCharge = 2_000;

    private readonly MemoryCache _documents = new(new MemoryCacheOptions
    {
        // Sized in characters of query text.
        SizeLimit = configuration.GetValue("GraphQL:DocumentCacheChars", 2_000_000),
    });

    /// <summary>Documents held now.</summary>
    public int Count => _documents.Count;

    /// <summary>Runs after the HTTP transport built the options, before GraphQL.NET parses.</summary>
    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || string.IsNullOrEmpty(options.Query)) return await next(options);
        var query = options.Query;
        var cached = _documents.TryGetValue(query, out GraphQLDocument? document);
        if (cached)
        {
            options.Document = document;
            // The standard rules do not depend on variables, so a document that passed them once passes again.
            options.ValidationRules = CachedRules(options, document!);
        }
        var result = await next(options);
        if (!cached && result.Executed && result.Document is not null)
            _documents.Set(query, result.Document, new MemoryCacheEntryOptions { Size = Math.Max(query.Length, MinimumCharge), SlidingExpiration = TimeSpan.FromHours(1) });
        return result;
    }

    // The rules kept for cached documents, less those that say this request cannot change their verdict: with none left,
    // nothing walks the document for them, and CachedOperationValidator reads the variables and arguments.
    private static IEnumerable<IValidationRule> CachedRules(ExecutionOptions options, GraphQLDocument document)
    {
        var rules = options.CachedDocumentValidationRules ?? [];
        if (SelectedOperation.In(document, options.OperationName) is not { } operation) return rules;
        List<IValidationRule>? left = null;
        foreach (var rule in rules)
            if (rule is not ISkippableCachedRule skippable || !skippable.Skips(options, operation)) (left ??= []).Add(rule);
        return left ?? (IEnumerable<IValidationRule>)NoRulesLeft.Instance;
    }

    public void Dispose() => _documents.Dispose();
}
