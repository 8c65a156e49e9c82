using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;

namespace KampungKB.Graph.Querying.Filtering;

/// <summary>Reads a <c>where</c> argument declared with a <see cref="FilterInputType{T}"/> on any field, e.g. an aggregate.</summary>
public static class FilterArgument
{
    /// <summary>
    /// The predicate of the field's <paramref name="argument"/> (a <see cref="FilterInputType{T}"/>), the same one list fields
    /// apply; null when the argument is absent or does not constrain.
    /// </summary>
    /// <exception cref="InvalidOperationException">The field declares no such argument, or it filters another type.</exception>
    public static Expression<Func<T, bool>>? Predicate<T>(IResolveFieldContext context, string argument = "where")
    {
        var type = context.FieldDefinition.Arguments?.Find(argument)?.ResolvedType?.GetNamedType();
        if (type is not FilterInputType<T> filterType)
            throw new InvalidOperationException($"Field '{context.FieldDefinition.Name}' has no '{argument}' argument of a {typeof(T).Name} filter input.");
        return FilterTranslator.Translate<T>(ListQuery.Argument(context, argument), filterType);
    }
}
