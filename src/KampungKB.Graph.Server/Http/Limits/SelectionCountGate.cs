using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace KampungKB.Graph.Server.Http.Limits;

/// <summary>
/// Refuses a document over <c>GraphQL:Limits:MaxFields</c>, <c>MaxAliases</c> or <c>MaxFragmentSpreads</c> before GraphQL.NET validates it.
/// Validation runs every rule over the whole document whatever the others report, and the overlapping-fields rule costs
/// the square of the fields in a selection set: 80,000 repeated fields, well under the body limit, kept a core busy for
/// minutes past the execution timeout. Counting is linear, so the gate parses the document (GraphQL.NET's own parser and
/// settings), counts, and hands the parsed document on, so it is not parsed twice.
/// </summary>
internal sealed class SelectionCountGate(IDocumentBuilder parser, IOptions<LimitsOptions> limits) : IConfigureExecution
{
    /// <summary>Inside the timeout (150) and the validated-document cache (200): a cached document passed the count already.</summary>
    public float SortOrder => 250;

    // Synchronous: a cached document passes straight on, without a state machine of this method's.
    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || string.IsNullOrEmpty(options.Query)) return next(options);
        try
        {
            options.Document = parser.Build(options.Query);
        }
        catch (GraphQLParserException)
        {
            // Syntax errors and the parser's depth limit: the executer parses again and reports them as usual.
            return next(options);
        }
        return SelectionCountRule.Check(options.Document, limits.Value) is { } error
            ? Task.FromResult(new ExecutionResult { Errors = new ExecutionErrors { error }, Executed = false, Document = options.Document })
            : next(options);
    }
}
