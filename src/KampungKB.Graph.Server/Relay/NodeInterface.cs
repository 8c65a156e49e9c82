using GraphQL.Types;

namespace KampungKB.Graph.Server.Relay;

/// <summary>The Relay <c>Node</c> interface: every object with a global <c>id</c>.</summary>
internal sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a global ID, refetchable through `node(id:)`.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The globally unique, opaque ID of this object.");
    }
}
