using GraphQL.DI;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace KampungKB.Graph.Server.Hosting;

/// <summary>
/// Traces, metrics and logs: a span and a measurement per GraphQL operation (<see cref="GraphQLOperationTelemetry"/>),
/// ASP.NET Core, EF Core and runtime instrumentation exported over OTLP when an endpoint is configured, and JSON console
/// logs in Production.
/// </summary>
internal static class Telemetry
{
    /// <summary>OTLP endpoint, e.g. <c>http://collector:4317</c>; the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> works too.</summary>
    public const string OtlpEndpointKey = "Telemetry:OtlpEndpoint";

    private const string StandardEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static void AddHubTelemetry(this WebApplicationBuilder builder)
    {
        // Production logs are read by machines: one JSON object per line, with the message's fields as properties, the
        // console logger's JSON written in batches (JsonLinesLoggerProvider says why).
        if (builder.Environment.IsProduction()) builder.Logging.AddJsonLines();
        builder.Services.AddSingleton<IConfigureExecution, GraphQLOperationTelemetry>();

        var endpoint = builder.Configuration[OtlpEndpointKey];
        // Without an exporter nothing subscribes, so spans are never even created: no cost when telemetry is off.
        if (string.IsNullOrWhiteSpace(endpoint) && string.IsNullOrWhiteSpace(builder.Configuration[StandardEndpointKey])) return;

        var otel = builder.Services.AddOpenTelemetry();
        // OTEL_SERVICE_NAME, when set, names the service; otherwise this default does.
        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_SERVICE_NAME"]))
            otel.ConfigureResource(resource => resource.AddService("kampungkb-graph"));
        otel.WithTracing(tracing => tracing
                .AddSource(GraphQLOperationTelemetry.SourceName)
                // Probes every few seconds would drown the requests that matter.
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !IsProbe(http.Request.Path))
                .AddEntityFrameworkCoreInstrumentation()
                .AddOtlpExporter(o => UseEndpoint(o, endpoint)))
            .WithMetrics(metrics => metrics
                .AddMeter(GraphQLOperationTelemetry.SourceName)
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddOtlpExporter(o => UseEndpoint(o, endpoint)));
    }

    private static bool IsProbe(PathString path) => path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz");

    // Telemetry:OtlpEndpoint wins; else the exporter reads OTEL_EXPORTER_OTLP_ENDPOINT (and _PROTOCOL, _HEADERS) itself.
    private static void UseEndpoint(OpenTelemetry.Exporter.OtlpExporterOptions options, string? endpoint)
    {
        if (!string.IsNullOrWhiteSpace(endpoint)) options.Endpoint = new Uri(endpoint);
    }
}
