using GraphQL.Types;
using KampungKB.Graph.Server.Analytics;
using KampungKB.Graph.Server.KampungKb;
using KampungKB.Graph.Server.Partners;
using KampungKB.Graph.Server.Partners.Views;
using KampungKB.Graph.Server.Programs;
using KampungKB.Graph.Server.Regions;
using KampungKB.Graph.Server.Relay;

namespace KampungKB.Graph.Server;

/// <summary>The hub's GraphQL schema.</summary>
internal sealed class HubSchema : Schema
{
    public HubSchema(IServiceProvider services) : base(services)
    {
        Description = "KampungKB.Graph: the Kampung Keluarga Berkualitas data hub.";
        Query = new HubQuery();
        Mutation = new HubMutation();
        // Payload error types are reached only through the UserError interface.
        foreach (var errorType in Mutations.UserErrorTypes.All) RegisterType(errorType);
        // HotChocolate calls a calendar date `Date`; front ends written for it expect that name.
        RegisterType(new DateOnlyGraphType { Name = "Date", Description = "A calendar date, `yyyy-MM-dd` (ISO 8601)." });
    }
}

/// <summary>Root query type.</summary>
internal sealed class HubQuery : ObjectGraphType
{
    public HubQuery()
    {
        Name = "Query";
        Description = "Read the region graph, Kampung KB and the sector programmes linked to them.";
        this.AddNodeQueries();
        this.AddRegionQueries();
        this.AddKampungKbQueries();
        this.AddProgramQueries();
        this.AddAnalyticsQueries();
        this.AddViewQueries();
        this.AddAuditQueries();
    }
}
