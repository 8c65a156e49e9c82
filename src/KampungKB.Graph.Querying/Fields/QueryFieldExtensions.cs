using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using KampungKB.Graph.Querying.Batching;
using KampungKB.Graph.Querying.Paging;
using KampungKB.Graph.Querying.Projection;

namespace KampungKB.Graph.Querying;

/// <summary>
/// Declares HotChocolate-shaped list fields on GraphQL.NET types. Rows come from a delegate returning an
/// <see cref="IQueryable{T}"/> (typically a DbSet of the request's DbContext, with <c>AsNoTracking()</c>);
/// filtering, sorting, paging and projection are added to it and run in the database.
/// Loaders assume GraphQL.NET's <c>SerialExecutionStrategy</c> (one query at a time per DbContext).
/// </summary>
public static class QueryFieldExtensions
{
    /// <summary>
    /// A Relay cursor connection <c>name(first after last before): NameConnection</c> with keyset paging.
    /// The connection and edge types are named after the field (<c>villages</c> -> <c>VillagesConnection</c>, <c>VillagesEdge</c>);
    /// pass <paramref name="typeNamePrefix"/> when two connection fields share a name, since each field creates its own types.
    /// </summary>
    public static QueryFieldBuilder<TNode> Connection<TNode>(this IComplexGraphType type, string name, Type nodeGraphType,
        Func<IResolveFieldContext, IQueryable<TNode>> source, string? typeNamePrefix = null)
    {
        var definition = new ListFieldDefinition<TNode>(source);
        var field = new FieldType
        {
            Name = name,
            ResolvedType = new ConnectionGraphType<TNode>(typeNamePrefix ?? Prefix(name), nodeGraphType),
            Arguments = new QueryArguments(
                new QueryArgument<IntGraphType> { Name = "first", Description = "Returns the first _n_ elements from the list." },
                new QueryArgument<StringGraphType> { Name = "after", Description = "Returns the elements in the list that come after the specified cursor." },
                new QueryArgument<IntGraphType> { Name = "last", Description = "Returns the last _n_ elements from the list." },
                new QueryArgument<StringGraphType> { Name = "before", Description = "Returns the elements in the list that come before the specified cursor." }),
            Resolver = new FuncFieldResolver<object>(context => new ValueTask<object?>(ConnectionResolver.ResolveAsync(context, definition))),
        };
        type.AddField(field);
        return new QueryFieldBuilder<TNode>(field, definition);
    }

    /// <summary>An offset-paged list <c>name(skip take): NameCollectionSegment</c> (prefix as for <see cref="Connection{TNode}"/>).</summary>
    public static QueryFieldBuilder<TNode> CollectionSegment<TNode>(this IComplexGraphType type, string name, Type nodeGraphType,
        Func<IResolveFieldContext, IQueryable<TNode>> source, string? typeNamePrefix = null)
    {
        var definition = new ListFieldDefinition<TNode>(source);
        var field = new FieldType
        {
            Name = name,
            ResolvedType = new CollectionSegmentGraphType<TNode>(typeNamePrefix ?? Prefix(name), nodeGraphType),
            Arguments = new QueryArguments(
                new QueryArgument<IntGraphType> { Name = "skip", Description = "Skips this many rows." },
                new QueryArgument<IntGraphType> { Name = "take", Description = "Returns at most this many rows." }),
            Resolver = new FuncFieldResolver<object>(context => new ValueTask<object?>(SegmentResolver.ResolveAsync(context, definition))),
        };
        type.AddField(field);
        return new QueryFieldBuilder<TNode>(field, definition);
    }

    /// <summary>
    /// An unpaged list <c>name: [Node!]!</c> (add <c>where</c>/<c>order</c> with the builder). A result larger than
    /// <see cref="QueryingOptions.MaxPageSize"/> is a <c>PAGE_SIZE_TOO_LARGE</c> error rather than a silent cut.
    /// </summary>
    public static QueryFieldBuilder<TNode> FilteredList<TNode>(this IComplexGraphType type, string name, Type nodeGraphType,
        Func<IResolveFieldContext, IQueryable<TNode>> source)
    {
        var definition = new ListFieldDefinition<TNode>(source);
        var field = new FieldType
        {
            Name = name,
            Type = NonNullList(nodeGraphType),
            Resolver = new FuncFieldResolver<object>(context => new ValueTask<object?>(ListResolver.ResolveListAsync(context, definition))),
        };
        type.AddField(field);
        return new QueryFieldBuilder<TNode>(field, definition);
    }

    /// <summary>
    /// One row or null, e.g. <c>village(code:)</c>: <paramref name="source"/> narrows the rows (add the arguments it reads
    /// with <see cref="QueryFieldBuilder{TNode}.Argument{TGraphType}"/>); only the selected columns are read.
    /// </summary>
    public static QueryFieldBuilder<TNode> SingleOrDefault<TNode>(this IComplexGraphType type, string name, Type nodeGraphType,
        Func<IResolveFieldContext, IQueryable<TNode>> source)
    {
        var definition = new ListFieldDefinition<TNode>(source);
        var field = new FieldType
        {
            Name = name,
            Type = nodeGraphType,
            Resolver = new FuncFieldResolver<object>(context => new ValueTask<object?>(ListResolver.ResolveSingleAsync(context, definition))),
        };
        type.AddField(field);
        return new QueryFieldBuilder<TNode>(field, definition);
    }

    /// <summary>
    /// A nested list <c>name(first): [Item!]!</c> of the rows whose <paramref name="childKey"/> equals the parent's
    /// <paramref name="parentKey"/>, loaded for all parents of a level in one query. Add <c>where</c>/<c>order</c> with the builder.
    /// </summary>
    public static QueryFieldBuilder<TChild> BatchedList<TParent, TChild, TKey>(this ComplexGraphType<TParent> type, string name,
        Type itemGraphType, Expression<Func<TParent, object?>> parentKey, Expression<Func<TChild, TKey>> childKey,
        Func<IResolveFieldContext, IQueryable<TChild>> source)
    {
        var definition = new ListFieldDefinition<TChild>(source);
        var resolver = new BatchedListResolver<TParent, TChild, TKey>(definition, parentKey, childKey);
        var field = new FieldType
        {
            Name = name,
            Type = NonNullList(itemGraphType),
            Arguments = new QueryArguments(new QueryArgument<IntGraphType> { Name = "first", Description = "Returns at most this many rows per parent." }),
            Resolver = new FuncFieldResolver<object>(resolver.Resolve),
        };
        field.Requires(parentKey);
        type.AddField(field);
        return new QueryFieldBuilder<TChild>(field, definition);
    }

    /// <summary>
    /// A reference <c>name: Target</c> to the row whose <paramref name="targetKey"/> equals <paramref name="foreignKey"/>, loaded for all sources of a level in one query.
    /// With <paramref name="navigation"/> (the EF Core navigation property, <c>k => k.Village</c>) the reference is joined instead
    /// into the statement that loads the sources whenever the engine projects them, and batched only where it does not
    /// (sources loaded whole, mutation payloads) or the reference's selection cannot be projected.
    /// </summary>
    public static FieldType BatchedReference<TSource, TTarget, TKey>(this ComplexGraphType<TSource> type, string name,
        Type graphType, Expression<Func<TSource, object?>> foreignKey, Expression<Func<TTarget, TKey>> targetKey,
        Func<IResolveFieldContext, IQueryable<TTarget>> source, Expression<Func<TSource, TTarget?>>? navigation = null) where TTarget : class
    {
        var resolver = new BatchedReferenceResolver<TSource, TTarget, TKey>(new ListFieldDefinition<TTarget>(source), foreignKey, targetKey, navigation);
        var field = new FieldType { Name = name, Type = graphType, Resolver = resolver };
        field.Requires(foreignKey);
        if (navigation != null)
            field.Metadata[QueryingMetadata.JoinedReference] = new JoinedReference(Navigation(navigation), MemberPath.From(targetKey).Members[0],
                Required: !MemberPath.From(foreignKey).CanBeNull);
        return type.AddField(field);
    }

    private static MemberInfo Navigation(LambdaExpression navigation)
        => MemberPath.From(navigation).Members is [var member] ? member
            : throw new ArgumentException($"'{navigation}' must name one navigation property of its parameter, like k => k.Village.", nameof(navigation));

    private static Type NonNullList(Type itemGraphType)
        => typeof(NonNullGraphType<>).MakeGenericType(typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(itemGraphType)));

    // HotChocolate names connection types after the field: villages -> VillagesConnection.
    private static string Prefix(string fieldName) => char.ToUpperInvariant(fieldName[0]) + fieldName[1..];
}
