using GraphQL.Types;

namespace KampungKB.Graph.Server.Relay;

/// <summary>Declares an object type as a Relay node with a global <c>id</c> derived from its key.</summary>
internal static class NodeFieldExtensions
{
    public static void NodeId<T>(this ObjectGraphType<T> type, Func<T, string> key)
    {
        type.Interface<NodeInterface>();
        type.IsTypeOf = value => value is T;
        var typeName = type.Name;
        type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description($"The globally unique, opaque ID of this {typeName}, for `node(id:)`.")
            .Resolve(ctx => GlobalId.Encode(typeName, key(ctx.Source)));
    }
}
