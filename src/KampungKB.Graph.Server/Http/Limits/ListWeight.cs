using GraphQL.Types;
using GraphQL.Validation.Complexity;
using KampungKB.Graph.Querying;

namespace KampungKB.Graph.Server.Http.Limits;

/// <summary>How many times a field's children count: the rows its list returns, as the client asked for them.</summary>
internal static class ListWeight
{
    private static readonly string[] PageArguments = ["first", "last", "take"];

    public static FieldComplexityResult Of(FieldImpactContext context, int assumedListSize, QueryingOptions paging)
    {
        if (!IsList(context.FieldDefinition.ResolvedType)) return new(1, 1);
        // nodes(ids: [...]) returns one row per id.
        if (context.Arguments?.TryGetValue("ids", out var ids) == true && ids.Value is System.Collections.ICollection list)
            return new(1, Math.Max(list.Count, 1));
        // A paged list, or the nodes/edges of a connection whose (non-list) parent took the paging arguments.
        var paged = Rows(context.FieldDefinition, context.Arguments, paging);
        if (paged is null && context.Parent is { } parent && !IsList(parent.FieldDefinition.ResolvedType))
            paged = Rows(parent.FieldDefinition, parent.Arguments, paging);
        return new(1, paged ?? assumedListSize);
    }

    // The page size asked for, capped at the maximum (a larger one fails with PAGE_SIZE_TOO_LARGE, the clearer answer).
    private static double? Rows(FieldType field, IDictionary<string, GraphQL.Execution.ArgumentValue>? arguments, QueryingOptions paging)
    {
        if (field.Arguments is null || !PageArguments.Any(name => field.Arguments.Find(name) is not null)) return null;
        foreach (var name in PageArguments)
            if (arguments?.TryGetValue(name, out var value) == true && value.Value is int or long)
                return Math.Clamp(Convert.ToDouble(value.Value), 0, paging.MaxPageSize);
        return paging.DefaultPageSize;
    }

    private static bool IsList(IGraphType? type) =>
        (type is NonNullGraphType nonNull ? nonNull.ResolvedType : type) is ListGraphType;
}
