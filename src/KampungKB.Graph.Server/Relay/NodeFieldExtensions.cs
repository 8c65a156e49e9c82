using System.Globalization;
using System.Linq.Expressions;
using GraphQL.Types;
using KampungKB.Graph.Querying;
using KampungKB.Graph.Querying.Projection;

namespace KampungKB.Graph.Server.Relay;

/// <summary>Declares an object type as a Relay node with a global <c>id</c> derived from its key.</summary>
internal static class NodeFieldExtensions
{
    public static void NodeId<T>(this ObjectGraphType<T> type, Expression<Func<T, object>> key)
    {
        type.Interface<NodeInterface>();
        type.IsTypeOf = value => value is T;
        var typeName = type.Name;
        var read = key.Compile();
        type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description($"The globally unique, opaque ID of this {typeName}, for `node(id:)`.")
            .ResolveFromSource(source => read(source) is int number ? GlobalId.Encode(typeName, number)
                : GlobalId.Encode(typeName, Convert.ToString(read(source), CultureInfo.InvariantCulture)!))
            // Projection reads the key column for this field, and only it.
            .Requires(key!);
    }
}
