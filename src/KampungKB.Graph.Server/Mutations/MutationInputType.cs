using GraphQL.Types;

namespace KampungKB.Graph.Server.Mutations;

/// <summary>A mutation's <c>XInput</c>: parsed to its field dictionary, so an update can tell an omitted field from an explicit null.</summary>
internal abstract class MutationInputType : InputObjectGraphType
{
    public override object ParseDictionary(IDictionary<string, object?> value) => value;
}
