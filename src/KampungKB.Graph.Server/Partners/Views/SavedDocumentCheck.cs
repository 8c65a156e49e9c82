using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace KampungKB.Graph.Server.Partners.Views;

/// <summary>Checks a document against the served schema before it is saved, so a saved document never fails on its own.</summary>
internal static class SavedDocumentCheck
{
    /// <summary>
    /// What is wrong with <paramref name="body"/>, as messages a person can act on; empty when it may be saved. With
    /// <paramref name="asView"/> it must also be one query operation (fragments allowed), since a view is fetched with GET.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(string body, bool asView, IServiceProvider services, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body)) return ["The document is empty; write a GraphQL query such as `query Jembrana { regency(code: \"51.01\") { name } }`."];
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(body);
        }
        catch (GraphQLParserException e)
        {
            return [$"The document does not parse: {e.Description} (line {e.Location.Line}, column {e.Location.Column})."];
        }
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        if (operations.Count == 0) return ["The document has fragments but no operation; add a query that uses them."];
        if (asView && operations.Count > 1)
            return [$"A view holds one operation; this document has {operations.Count}. Save each as a view of its own (shared fragments may stay in each file)."];
        if (asView && operations[0].Operation != OperationType.Query)
            return [$"A view is fetched with GET, so it must be a query, not a {operations[0].Operation.ToString().ToLowerInvariant()}; save it with `documents add` and POST it by documentId instead."];

        var schema = services.GetRequiredService<ISchema>();
        schema.Initialize();
        var validator = services.GetService<IDocumentValidator>() ?? new DocumentValidator();
        var problems = new List<string>();
        foreach (var operation in operations)
        {
            var result = await validator.ValidateAsync(new ValidationOptions
            {
                Schema = schema,
                Document = document,
                Operation = operation,
                Rules = DocumentValidator.CoreRules,
                Variables = Inputs.Empty,
                Extensions = Inputs.Empty,
                RequestServices = services,
                CancellationToken = ct,
            });
            // Values are given when the document runs; without them required variables would always be "missing".
            problems.AddRange(result.Errors.Where(e => e is not InvalidVariableError).Select(Describe));
        }
        return problems.Distinct().ToList();
    }

    private static string Describe(ExecutionError error) =>
        error.Locations is { Count: > 0 } locations
            ? $"{error.Message} (line {locations[0].Line}, column {locations[0].Column})"
            : error.Message;
}
