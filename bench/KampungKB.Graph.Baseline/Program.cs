using KampungKB.Graph.Baseline;

// Answers the load mix of bench/load/ with hand-written SQL: the same JSON as the hub's /graphql, the same CSV as its view.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddSingleton(BaselineDatabase.From(builder.Configuration));
builder.Services.AddSingleton<MixQueries>();

var app = builder.Build();
app.MapPost("/graphql", MixEndpoints.GraphQLAsync);
app.MapGet("/views/{name}", MixEndpoints.ViewAsync);
app.MapGet("/readyz", () => "Healthy");
await app.RunAsync();
