using GraphQL.Types;
using KampungKB.Graph.Querying.Paging;

namespace KampungKB.Graph.Querying.Paging;

/// <summary>Relay <c>PageInfo</c>.</summary>
public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    /// <summary>Declares the four Relay fields.</summary>
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Information about pagination in a connection.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").ResolveFromSource(s => s.HasNextPage).Description("Indicates whether more edges exist following the set defined by the clients arguments.");
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").ResolveFromSource(s => s.HasPreviousPage).Description("Indicates whether more edges exist prior the set defined by the clients arguments.");
        Field<StringGraphType>("startCursor").ResolveFromSource(s => s.StartCursor).Description("When paginating backwards, the cursor to continue.");
        Field<StringGraphType>("endCursor").ResolveFromSource(s => s.EndCursor).Description("When paginating forwards, the cursor to continue.");
    }
}

/// <summary>HotChocolate's <c>CollectionSegmentInfo</c>.</summary>
public sealed class CollectionSegmentInfoType : ObjectGraphType<CollectionSegmentInfo>
{
    /// <summary>Declares <c>hasNextPage</c> and <c>hasPreviousPage</c>.</summary>
    public CollectionSegmentInfoType()
    {
        Name = "CollectionSegmentInfo";
        Description = "Information about the offset pagination.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").ResolveFromSource(s => s.HasNextPage).Description("Indicates whether more items exist after this segment.");
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").ResolveFromSource(s => s.HasPreviousPage).Description("Indicates whether more items exist before this segment.");
    }
}

/// <summary><c>&lt;Field&gt;Edge { cursor node }</c>.</summary>
internal sealed class EdgeGraphType<TNode> : ObjectGraphType<Edge<TNode>>
{
    public EdgeGraphType(string name, Type nodeType)
    {
        Name = name;
        Description = "An edge in a connection.";
        Field<NonNullGraphType<StringGraphType>>("cursor").ResolveFromSource(s => s.Cursor).Description("A cursor for use in pagination.");
        Field("node", typeof(NonNullGraphType<>).MakeGenericType(nodeType)).ResolveFromSource(s => s.Node).Description("The item at the end of the edge.");
    }
}

/// <summary><c>&lt;Field&gt;Connection { edges nodes pageInfo totalCount }</c>, named after the field as HotChocolate does.</summary>
internal sealed class ConnectionGraphType<TNode> : ObjectGraphType<Connection<TNode>>
{
    public ConnectionGraphType(string prefix, Type nodeType)
    {
        Name = prefix + "Connection";
        Description = "A connection to a list of items.";
        var edge = new EdgeGraphType<TNode>(prefix + "Edge", nodeType);
        AddField(new FieldType { Name = "edges", ResolvedType = new ListGraphType(new NonNullGraphType(edge)), Description = "A list of edges.",
            Resolver = new SourceFieldResolver<Connection<TNode>, object>(c => c.Edges) });
        Field("nodes", typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(nodeType)))
            .ResolveFromSource(s => s.Nodes).Description("A flattened list of the nodes.");
        Field<NonNullGraphType<PageInfoType>>("pageInfo").ResolveFromSource(s => s.PageInfo).Description("Information to aid in pagination.");
        Field<NonNullGraphType<IntGraphType>>("totalCount").ResolveFromSource(s => s.TotalCount).Description("Identifies the total count of items in the connection.");
    }
}

/// <summary><c>&lt;Field&gt;CollectionSegment { items pageInfo totalCount }</c>.</summary>
internal sealed class CollectionSegmentGraphType<TNode> : ObjectGraphType<CollectionSegment<TNode>>
{
    public CollectionSegmentGraphType(string prefix, Type nodeType)
    {
        Name = prefix + "CollectionSegment";
        Description = "A segment of a collection.";
        Field("items", typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(nodeType)))
            .ResolveFromSource(s => s.Items).Description("A flattened list of the items.");
        Field<NonNullGraphType<CollectionSegmentInfoType>>("pageInfo").ResolveFromSource(s => s.PageInfo).Description("Information to aid in pagination.");
        Field<NonNullGraphType<IntGraphType>>("totalCount").ResolveFromSource(s => s.TotalCount).Description("Identifies the total count of items in the collection.");
    }
}
