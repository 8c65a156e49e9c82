using GraphQL;
using GraphQL.Builders;
using GraphQL.Resolvers;

namespace KampungKB.Graph.Querying;

/// <summary>
/// A resolver that can answer from its source object alone, synchronously: the hub's execution reads such fields straight
/// into the result, without an execution node each.
/// </summary>
public interface ISourceFieldResolver
{
    /// <summary>The field's value on <paramref name="source"/>; false when it needs the ordinary resolver (e.g. a database read).</summary>
    bool TryRead(object source, out object? value);
}

/// <summary>A field whose value is a plain function of its source: a property, a page's info, a global id.</summary>
public sealed class SourceFieldResolver<TSource, TReturn>(Func<TSource, TReturn> read) : IFieldResolver, ISourceFieldResolver
{
    /// <inheritdoc/>
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context) => new(read((TSource)context.Source!));

    /// <inheritdoc/>
    public bool TryRead(object source, out object? value)
    {
        value = read((TSource)source);
        return true;
    }
}

/// <summary>Declares a field as a <see cref="SourceFieldResolver{TSource, TReturn}"/>.</summary>
public static class SourceFieldResolverExtensions
{
    /// <summary>Resolves the field with <paramref name="read"/> of its source, which the hub may read without an execution node.</summary>
    public static FieldBuilder<TSource, TReturn> ResolveFromSource<TSource, TReturn>(this FieldBuilder<TSource, TReturn> builder, Func<TSource, TReturn?> read)
        => builder.Resolve(new SourceFieldResolver<TSource, TReturn?>(read));
}
