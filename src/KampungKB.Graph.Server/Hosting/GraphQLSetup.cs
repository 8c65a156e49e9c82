using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.AST;
using KampungKB.Graph.Querying;
using KampungKB.Graph.Server.Http;
using KampungKB.Graph.Server.Http.Limits;
using KampungKB.Graph.Server.Partners.Views;
using KampungKB.Graph.Server.Types;

namespace KampungKB.Graph.Server.Hosting;

/// <summary>Registers the schema, the query engine and GraphQL.NET's executer.</summary>
internal static class GraphQLSetup
{
    public static void AddHubGraphQL(this WebApplicationBuilder builder)
    {
        builder.Services.AddQuerying(PagingFrom(builder.Configuration));
        builder.Services.AddGraphQL(graphql =>
        {
            graphql
                .AddSchema<HubSchema>()
                .AddGraphTypes(typeof(HubSchema).Assembly)
                // Messages quote names with apostrophes; escaping them as \u0027 helps no one.
                .AddSystemTextJson(json =>
                {
                    json.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
                    json.Converters.Add(new ExecutionResultWriter());
                })
                // One scoped DbContext per request: queries resolve one field at a time.
                .AddExecutionStrategy<HubQueryStrategy>(OperationType.Query)
                .AddErrorInfoProvider<HubErrorInfoProvider>()
                .AddRequestLimits()
                .AddSavedDocuments()
                .ConfigureExecution<AutomaticPersistedQueries>()
                .ConfigureExecution<ValidatedDocumentCache>();
            // A cached document's variables and arguments are read from a plan made once per operation.
            graphql.Services.Register(typeof(IDocumentValidator), new CachedOperationValidator(new DocumentValidator()), replace: true);
        });
    }

    /// <summary>
    /// Page sizes from <c>GraphQL:Limits:DefaultPageSize</c> and <c>GraphQL:Limits:MaxPageSize</c> (0: no maximum); compiled
    /// plans for pages asked again in the same shape after <c>GraphQL:CompiledPlanAfter</c> requests (default 2, 0: off).
    /// </summary>
    private static QueryingOptions PagingFrom(IConfiguration configuration)
    {
        var limits = configuration.GetSection(LimitsOptions.Section).Get<LimitsOptions>() ?? new LimitsOptions();
        var options = new QueryingOptions
        {
            DefaultPageSize = limits.DefaultPageSize,
            MaxPageSize = limits.MaxPageSize == 0 ? int.MaxValue : limits.MaxPageSize,
            PlanContext = context => context.Db(),
            PlanAfter = configuration.GetValue("GraphQL:CompiledPlanAfter", 2),
        };
        if (options.DefaultPageSize < 1 || options.MaxPageSize < 1 || options.DefaultPageSize > options.MaxPageSize)
            throw new InvalidOperationException($"{LimitsOptions.Section}:DefaultPageSize ({limits.DefaultPageSize}) must be at least 1 and at most " +
                $"{LimitsOptions.Section}:MaxPageSize ({limits.MaxPageSize}).");
        return options;
    }
}
