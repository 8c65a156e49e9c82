using GraphQL.Types;
using KampungKB.Graph.Server.Indicators;
using KampungKB.Graph.Server.KampungKb;
using KampungKB.Graph.Server.Partners.Views;
using KampungKB.Graph.Server.Programs;

namespace KampungKB.Graph.Server;

/// <summary>Root mutation type: each feature adds its fields. Mutations run one after another (GraphQL.NET's serial strategy).</summary>
internal sealed class HubMutation : ObjectGraphType
{
    public HubMutation()
    {
        Name = "Mutation";
        Description = "Write Kampung KB data within your key's region: each mutation takes one `input`, runs in one transaction " +
            "and returns a payload with the result and `errors` (when not empty, nothing was written). Every change is audited.";
        this.AddKampungKbMutations();
        this.AddProgramMutations();
        this.AddObservationMutations();
        this.AddViewMutations();
    }
}
