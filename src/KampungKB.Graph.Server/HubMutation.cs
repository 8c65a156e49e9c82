using GraphQL.Types;
using KampungKB.Graph.Server.Partners.Views;

namespace KampungKB.Graph.Server;

/// <summary>Root mutation type; each feature adds its fields.</summary>
internal sealed class HubMutation : ObjectGraphType
{
    public HubMutation()
    {
        Name = "Mutation";
        Description = "Change the hub's data, within the caller's role and scope.";
        this.AddViewMutations();
    }
}
