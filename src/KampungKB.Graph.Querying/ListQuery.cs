using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using KampungKB.Graph.Querying.Filtering;
using KampungKB.Graph.Querying.Projection;
using KampungKB.Graph.Querying.Sorting;

namespace KampungKB.Graph.Querying;

/// <summary>The steps every list field shares: apply <c>where</c>, work out the order, project the selected fields.</summary>
internal static class ListQuery
{
    public static (IQueryable<T> Query, List<SortKey> Keys, IReadOnlyList<SortKey> UniqueKey) Prepare<T>(IResolveFieldContext context, ListFieldDefinition<T> definition)
        => Prepare(context, definition, definition.Source(context), Filter<T>(context));

    /// <summary><see cref="Prepare{T}(IResolveFieldContext, ListFieldDefinition{T})"/> on a source and filter already made.</summary>
    public static (IQueryable<T> Query, List<SortKey> Keys, IReadOnlyList<SortKey> UniqueKey) Prepare<T>(IResolveFieldContext context,
        ListFieldDefinition<T> definition, IQueryable<T> source, Expression<Func<T, bool>>? filter)
    {
        var uniqueKey = definition.UniqueKey ?? EntityKeys.Of(source);
        var query = Filtered(source, filter);
        var keys = SortTranslator.Translate<T>(Argument(context, "order"), ArgumentType(context, "order") as IInputObjectGraphType, uniqueKey);
        return (query, keys, uniqueKey);
    }

    /// <summary><paramref name="source"/>'s rows that pass <paramref name="filter"/> (all of them when it is null).</summary>
    public static IQueryable<T> Filtered<T>(IQueryable<T> source, Expression<Func<T, bool>>? filter)
        => filter == null ? source : source.Where(filter);

    /// <summary>The <c>where</c> argument as a predicate, or null when the field has none or it does not constrain.</summary>
    public static Expression<Func<T, bool>>? Filter<T>(IResolveFieldContext context)
        => ArgumentType(context, "where") is IInputObjectGraphType filterType ? FilterTranslator.Translate<T>(Argument(context, "where"), filterType) : null;

    public static object? Argument(IResolveFieldContext context, string name)
        => context.Arguments != null && context.Arguments.TryGetValue(name, out var value) ? value.Value : null;

    private static IGraphType? ArgumentType(IResolveFieldContext context, string name)
        => context.FieldDefinition.Arguments?.Find(name)?.ResolvedType?.GetNamedType();

    /// <summary>The projection of <typeparamref name="T"/> for <paramref name="fields"/> of <paramref name="nodeType"/>, always reading the unique key and <paramref name="required"/>.</summary>
    public static Expression<Func<T, T>>? Projection<T>(IResolveFieldContext context, IGraphType nodeType, IReadOnlyCollection<GraphQLField> fields,
        IReadOnlyList<SortKey> keys, IEnumerable<MemberInfo> required)
    {
        if (nodeType is not IComplexGraphType complex) return null;
        var members = keys.Select(k => k.Selector.Body).OfType<MemberExpression>()
            .Where(m => m.Expression is ParameterExpression).Select(m => m.Member).Concat(required);
        return ProjectionBuilder.Build<T>(complex, fields, context.Document, members);
    }
}
