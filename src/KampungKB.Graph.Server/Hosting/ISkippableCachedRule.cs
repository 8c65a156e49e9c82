using GraphQL;
using GraphQLParser.AST;

namespace KampungKB.Graph.Server.Hosting;

/// <summary>
/// A validation rule kept for cached documents that can tell, before GraphQL.NET walks the document for it, that this
/// request cannot change its verdict. GraphQL.NET walks the document for the rules whenever any is left, even one that
/// returns no visitor; <see cref="ValidatedDocumentCache"/> leaves out the rules that say so.
/// </summary>
internal interface ISkippableCachedRule
{
    /// <summary>
    /// True when <paramref name="operation"/>, from a cached document, needs no check in the request of
    /// <paramref name="options"/>; the rule records there what it would have recorded (e.g. the complexity).
    /// </summary>
    bool Skips(ExecutionOptions options, GraphQLOperationDefinition operation);
}
