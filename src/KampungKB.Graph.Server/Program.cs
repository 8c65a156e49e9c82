using KampungKB.Graph.Server.Cli;
using KampungKB.Graph.Server.Dashboard;
using KampungKB.Graph.Server.Hosting;
using KampungKB.Graph.Server.Http;
using KampungKB.Graph.Server.Http.Limits;
using KampungKB.Graph.Server.Ide;
using KampungKB.Graph.Server.Partners;
using KampungKB.Graph.Server.Partners.Views;

// A verb (export-schema, seed demo, ...) runs and exits; anything else serves the hub.
if (HubCommands.IsVerb(args))
    return await HubCommands.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);
builder.AddShippedSettings();
builder.AddHubDatabase();
builder.AddHubAuth();
builder.AddHubGraphQL();
builder.AddGraphQLHttp();
builder.AddViews();
builder.AddRequestLimits();
builder.AddSqlDiagnostics();
builder.AddHubHealthChecks();
builder.AddHubTelemetry();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.MapHubHealthChecks();
app.UseAuthentication();
app.UseAuthorization();
// After authentication: the limit is per verified key.
app.UseRateLimiter();
// After the key check and the rate limit; a cached view answer needs no turn in the queue below.
app.UseOutputCache();
// After the rate limit, so a refused request never waits for a turn.
app.UseRequestConcurrencyLimit("/graphql", "/views");
app.MapGraphQLHttp("/graphql");
app.MapViews("/views");
app.MapBananaCakePop("/graphql");
app.MapDashboard("/dashboard");
await app.RunAsync();
return 0;

/// <summary>The hub's entry point; public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
