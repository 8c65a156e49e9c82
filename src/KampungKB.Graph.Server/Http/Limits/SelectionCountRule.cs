using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace KampungKB.Graph.Server.Http.Limits;

/// <summary>
/// Counts the fields and aliases written in the whole document (fragments once each, as written), so an alias bomb is
/// refused before anything else runs: <c>TOO_MANY_ALIASES</c>, <c>TOO_MANY_FIELDS</c>. It reads the text only, so a
/// cached document that passed once passes again.
/// </summary>
internal sealed class SelectionCountRule(IOptions<LimitsOptions> limits) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (Check(context.Document) is { } error) context.ReportError(error);
        return default;
    }

    /// <summary>The limit <paramref name="document"/> exceeds, if any.</summary>
    public LimitExceededError? Check(GraphQLDocument document)
    {
        var (fields, aliases) = Count(document);
        var options = limits.Value;
        if (options.MaxAliases > 0 && aliases > options.MaxAliases)
            return new LimitExceededError(ErrorCodes.TooManyAliases,
                $"The document has {aliases:N0} aliased fields; the hub allows {options.MaxAliases:N0} (GraphQL:Limits:MaxAliases). " +
                "Fetch many objects with one list field and a filter (e.g. regencies(where: { code: { in: [...] } })) instead of one alias each.");
        if (options.MaxFields > 0 && fields > options.MaxFields)
            return new LimitExceededError(ErrorCodes.TooManyFields,
                $"The document selects {fields:N0} fields; the hub allows {options.MaxFields:N0} (GraphQL:Limits:MaxFields). " +
                "Select only the fields you use, or split the query into several requests.");
        return null;
    }

    // Iterative, so a document nested as deep as the parser allows cannot exhaust the stack here.
    private static (int Fields, int Aliases) Count(GraphQLDocument document)
    {
        int fields = 0, aliases = 0;
        var pending = new Stack<GraphQLSelectionSet>();
        foreach (var definition in document.Definitions)
        {
            if (definition is IHasSelectionSetNode { SelectionSet: { } set }) pending.Push(set);
        }
        while (pending.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                if (selection is GraphQLField field)
                {
                    fields++;
                    if (field.Alias is not null) aliases++;
                }
                if (selection is IHasSelectionSetNode { SelectionSet: { } inner }) pending.Push(inner);
            }
        }
        return (fields, aliases);
    }
}
