using GraphQL;
using GraphQL.Execution;
using KampungKB.Graph.Querying.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KampungKB.Graph.Server.Http;

/// <summary>Wires <see cref="SqlDiagnosticsHook"/>.</summary>
internal static class SqlDiagnostics
{
    public static void AddSqlDiagnostics(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<DiagnosticsOptions>(builder.Configuration.GetSection(DiagnosticsOptions.Section));
        builder.Services.AddSingleton<IGraphQLExecutionHook, SqlDiagnosticsHook>();
        // Any interceptor makes EF Core build event data for every command and reader (about 1.5% of the list's CPU), so
        // it joins only where a request may ask for its SQL. Read at start, as the hook's options are.
        if (builder.Configuration.GetValue<bool>($"{DiagnosticsOptions.Section}:{nameof(DiagnosticsOptions.Enabled)}"))
            builder.Services.AddSingleton<IInterceptor>(SqlCaptureInterceptor.Instance);
    }
}

/// <summary>Settings of the <c>GraphQL-Diagnostics</c> request header, from the <c>Diagnostics</c> configuration section.</summary>
internal sealed class DiagnosticsOptions
{
    public const string Section = "Diagnostics";

    /// <summary>Whether a request may ask for its SQL; on in Development (appsettings.Development.json), off otherwise.</summary>
    public bool Enabled { get; set; }
}

/// <summary>
/// <c>GraphQL-Diagnostics: sql</c> adds <c>extensions.diagnostics { sqlStatements sqlMilliseconds plannedStatements statements }</c> to the
/// response: how many statements the request ran, their database time, how many connection pages a compiled plan read,
/// and the statements' text. Answers only when enabled.
/// </summary>
internal sealed class SqlDiagnosticsHook(Microsoft.Extensions.Options.IOptions<DiagnosticsOptions> options) : IGraphQLExecutionHook
{
    public const string Header = "GraphQL-Diagnostics";

    public void Configure(HttpContext http, ExecutionOptions execution)
    {
        if (!options.Value.Enabled || !Requested(http)) return;
        // Begun in this synchronous call, the collector stays current on the endpoint's async flow for the whole execution.
        var collector = SqlStatementCollector.Begin();
        execution.Listeners.Add(new Listener(collector));
    }

    private static bool Requested(HttpContext http) =>
        http.Request.Headers[Header].SelectMany(v => (v ?? "").Split(',')).Any(v => v.Trim().Equals("sql", StringComparison.OrdinalIgnoreCase));

    private sealed class Listener(SqlStatementCollector collector) : DocumentExecutionListenerBase
    {
        public override Task AfterExecutionAsync(IExecutionContext context)
        {
            var statements = collector.Statements;
            context.OutputExtensions["diagnostics"] = new Dictionary<string, object?>
            {
                ["sqlStatements"] = statements.Count,
                ["sqlMilliseconds"] = Math.Round(statements.Sum(s => s.Duration.TotalMilliseconds), 3),
                ["plannedStatements"] = collector.PlannedStatements,
                ["statements"] = statements.Select(s => new Dictionary<string, object?>
                {
                    ["sql"] = s.Sql,
                    ["milliseconds"] = Math.Round(s.Duration.TotalMilliseconds, 3),
                }).ToList(),
            };
            return Task.CompletedTask;
        }
    }
}
