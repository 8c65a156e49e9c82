using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace KampungKB.Graph.Server.Http.Limits;

/// <summary>
/// Counts the fields (with fragment spreads and inline fragments), aliases and fragment spreads written in the whole
/// document (fragments once each, as written), so an alias bomb is refused before anything else runs:
/// <c>TOO_MANY_ALIASES</c>, <c>TOO_MANY_FIELDS</c>, <c>TOO_MANY_FRAGMENTS</c>. It reads the text only, so a
/// cached document that passed once passes again. <see cref="SelectionCountGate"/> applies the same check before
/// validation starts; this rule covers documents that reach validation another way.
/// </summary>
internal sealed class SelectionCountRule(IOptions<LimitsOptions> limits) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (Check(context.Document, limits.Value) is { } error) context.ReportError(error);
        return default;
    }

    /// <summary>The error for a document over <see cref="LimitsOptions.MaxAliases"/>, <see cref="LimitsOptions.MaxFields"/> or <see cref="LimitsOptions.MaxFragmentSpreads"/>; null within all three.</summary>
    public static LimitExceededError? Check(GraphQLDocument document, LimitsOptions options)
    {
        var (fields, aliases, spreads) = Count(document);
        if (options.MaxAliases > 0 && aliases > options.MaxAliases)
            return new LimitExceededError(ErrorCodes.TooManyAliases,
                $"The document has {aliases:N0} aliased fields; the hub allows {options.MaxAliases:N0} (GraphQL:Limits:MaxAliases). " +
                "Fetch many objects with one list field and a filter (e.g. regencies(where: { code: { in: [...] } })) instead of one alias each.");
        if (options.MaxFields > 0 && fields > options.MaxFields)
            return new LimitExceededError(ErrorCodes.TooManyFields,
                $"The document selects {fields:N0} fields and fragments; the hub allows {options.MaxFields:N0} (GraphQL:Limits:MaxFields). " +
                "Select only the fields you use, spread each fragment once, or split the query into several requests.");
        if (options.MaxFragmentSpreads > 0 && spreads > options.MaxFragmentSpreads)
            return new LimitExceededError(ErrorCodes.TooManyFragments,
                $"The document spreads fragments {spreads:N0} times; the hub allows {options.MaxFragmentSpreads:N0} (GraphQL:Limits:MaxFragmentSpreads). " +
                "Merge small fragments into larger ones, or write their fields in place.");
        return null;
    }

    // Iterative, so a document nested as deep as the parser allows cannot exhaust the stack here.
    private static (int Fields, int Aliases, int Spreads) Count(GraphQLDocument document)
    {
        int fields = 0, aliases = 0, spreads = 0;
        var pending = new Stack<GraphQLSelectionSet>();
        foreach (var definition in document.Definitions)
        {
            if (definition is IHasSelectionSetNode { SelectionSet: { } set }) pending.Push(set);
        }
        while (pending.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                // A fragment spread or inline fragment counts as a selection too: validation compares what each one
                // selects with its siblings, so 100,000 spreads of one fragment cost as much as 100,000 fields.
                fields++;
                if (selection is GraphQLField { Alias: not null }) aliases++;
                if (selection is GraphQLFragmentSpread) spreads++;
                if (selection is IHasSelectionSetNode { SelectionSet: { } inner }) pending.Push(inner);
            }
        }
        return (fields, aliases, spreads);
    }
}
