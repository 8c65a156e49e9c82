using GraphQL.Types;
using GraphQL.Validation.Complexity;
using KampungKB.Graph.Querying;

namespace KampungKB.Graph.Server.Http.Limits;

/// <summary>How many times a field's children count: the rows its list returns, as the client asked for them.</summary>
internal static class ListWeight
{
    private static readonly string[] PageArguments = ["first", "last", "take"];

    /// <summary>
    /// Each field counts once per row its list level returns. A level is one statement over one table, so its rows are
    /// assumed to stay under <see cref="LimitsOptions.MaxRowsPerLevel"/> however many parents it has.
    /// </summary>
    public static FieldComplexityResult Of(FieldImpactContext context, LimitsOptions limits, QueryingOptions paging)
    {
        // GraphQL.NET sizes the fields below these from the schema itself; a share of that keeps an IDE's introspection cheap.
        if (context.FieldDefinition.Name is "__schema" or "__type")
            return new(limits.IntrospectionImpact, limits.IntrospectionImpact);
        var above = context.Parent is { } parent ? Standing(parent, limits, paging) : 1;
        var here = Standing(context, limits, paging);
        return new(1, above == 0 ? 0 : here / above);
    }

    // Rows of the level this field's children are at: the rows above times this list's rows, capped.
    private static double Standing(FieldImpactContext context, LimitsOptions limits, QueryingOptions paging)
    {
        var above = context.Parent is { } parent ? Standing(parent, limits, paging) : 1;
        var cap = limits.MaxRowsPerLevel > 0 ? Math.Max(above, limits.MaxRowsPerLevel) : double.MaxValue;
        return Math.Min(above * Rows(context, limits.AssumedListSize, paging), cap);
    }

    private static double Rows(FieldImpactContext context, int assumedListSize, QueryingOptions paging)
    {
        if (!IsList(context.FieldDefinition.ResolvedType)) return 1;
        // nodes(ids: [...]) returns one row per id.
        if (context.Arguments?.TryGetValue("ids", out var ids) == true && ids.Value is System.Collections.ICollection list)
            return list.Count;
        // A nested list with first: all children of each parent when first is absent.
        var rows = Rows(context.FieldDefinition, context.Arguments, paging, whenAbsent: assumedListSize);
        // The nodes/edges/items of a connection or segment whose (non-list) parent took the paging arguments: a default page when absent.
        if (rows is null && context.Parent is { } parent && !IsList(parent.FieldDefinition.ResolvedType))
            rows = Rows(parent.FieldDefinition, parent.Arguments, paging, whenAbsent: paging.DefaultPageSize);
        return rows ?? assumedListSize;
    }

    // The page size asked for, capped at the maximum (a larger one fails with PAGE_SIZE_TOO_LARGE, the clearer answer).
    private static double? Rows(FieldType field, IDictionary<string, GraphQL.Execution.ArgumentValue>? arguments, QueryingOptions paging, int whenAbsent)
    {
        if (field.Arguments is null || !PageArguments.Any(name => field.Arguments.Find(name) is not null)) return null;
        foreach (var name in PageArguments)
            if (arguments?.TryGetValue(name, out var value) == true && value.Value is int or long)
                return Math.Clamp(Convert.ToDouble(value.Value), 0, paging.MaxPageSize);
        return whenAbsent;
    }

    private static bool IsList(IGraphType? type) =>
        (type is NonNullGraphType nonNull ? nonNull.ResolvedType : type) is ListGraphType;
}
