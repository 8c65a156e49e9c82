using GraphQL;
using GraphQL.DI;

namespace KampungKB.Graph.Server.Http.Limits;

/// <summary>Wires the request limits: <see cref="LimitsOptions"/> into GraphQL.NET, and the rate limiter into ASP.NET Core.</summary>
internal static class LimitsSetup
{
    public static void AddRequestLimits(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<LimitsOptions>(builder.Configuration.GetSection(LimitsOptions.Section));
        builder.AddGraphQLRateLimiting();
    }

    public static IGraphQLBuilder AddRequestLimits(this IGraphQLBuilder graphql) => graphql
        // Document-only: a cached document passed it once and would again.
        .AddValidationRule<SelectionCountRule>()
        // Reads argument values, which variables can change between requests of one cached document.
        .AddValidationRule<ComplexityLimitRule>(useForCachedDocuments: true)
        .AddValidationRule<ListLengthRule>(useForCachedDocuments: true)
        .ConfigureExecution<ExecutionTimeout>()
        // Before validation: its cost grows with the square of the fields in a selection set.
        .ConfigureExecution<SelectionCountGate>();
}
