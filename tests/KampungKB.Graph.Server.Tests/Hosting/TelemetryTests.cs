using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using KampungKB.Graph.Server.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace KampungKB.Graph.Server.Tests.Hosting;

/// <summary>Each GraphQL operation gets a span with its name, type and complexity, and one log line without its variables.</summary>
public sealed class TelemetryTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Secret = "51.01-SECRET-7f3a";

    private const string Query = """
        query TelemetryRegency($code: String!) { regency(code: $code) { name districts { code } } }
        """;

    [Fact(DisplayName = "A request through /graphql makes a span named after the operation, with its type, name and complexity")]
    public async Task Span_has_operation_tags()
    {
        using var recorder = new SpanRecorder();

        await hub.CreateClient().DataAsync(Query, new { code = "51.01" });

        // Other test classes share the source: pick this test's operation.
        var span = Assert.Single(recorder.Spans, s => s.DisplayName == "query TelemetryRegency");
        Assert.Equal("query", span.GetTagItem("graphql.operation.type"));
        Assert.Equal("TelemetryRegency", span.GetTagItem("graphql.operation.name"));
        Assert.Equal("ok", span.GetTagItem("outcome"));
        Assert.True(span.GetTagItem("graphql.operation.complexity") is double complexity && complexity > 1, "complexity tag");
        Assert.Equal(3, span.GetTagItem("graphql.operation.depth"));
    }

    [Fact(DisplayName = "A cached document's span carries the same complexity and depth, though its limits are not weighed again")]
    public async Task Cached_document_span_has_complexity()
    {
        using var recorder = new SpanRecorder();
        const string query = "query TelemetryCached($code: String!) { regency(code: $code) { name districts { code } } }";

        var client = hub.CreateClient();
        await client.DataAsync(query, new { code = "51.01" });
        await client.DataAsync(query, new { code = "51.02" });
        await client.DataAsync(query, new { code = "51.03" });

        var tags = recorder.Spans.Where(s => s.DisplayName == "query TelemetryCached")
            .Select(s => (Complexity: s.GetTagItem("graphql.operation.complexity"), Depth: s.GetTagItem("graphql.operation.depth"))).ToList();
        Assert.Equal(3, tags.Count);
        Assert.True(tags[0].Complexity is double complexity && complexity > 1, "complexity tag");
        Assert.All(tags, t => Assert.Equal(tags[0], t));
    }

    [Fact(DisplayName = "Operations are counted and timed by name, type and outcome")]
    public async Task Metrics_count_operations_by_outcome()
    {
        var measurements = new ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == GraphQLOperationTelemetry.SourceName) l.EnableMeasurementEvents(instrument);
            },
        };
        listener.SetMeasurementEventCallback<long>((i, value, tags, _) => measurements.Enqueue((i.Name, value, ToDictionary(tags))));
        listener.SetMeasurementEventCallback<double>((i, value, tags, _) => measurements.Enqueue((i.Name, value, ToDictionary(tags))));
        listener.Start();
        var client = hub.CreateClient();

        await client.DataAsync("query TelemetryCounted { regency(code: \"51.01\") { name } }");
        await client.GraphQLAsync("query TelemetryCounted { regency(code: \"51.01\") { nosuchfield } }", expectSuccess: false);

        var ours = measurements.Where(m => Equals(m.Tags["graphql.operation.name"], "TelemetryCounted")).ToList();
        Assert.Single(ours, m => m.Instrument == "kampungkb.graphql.operations" && Equals(m.Tags["outcome"], "ok") && Equals(m.Tags["graphql.operation.type"], "query"));
        Assert.Single(ours, m => m.Instrument == "kampungkb.graphql.operations" && Equals(m.Tags["outcome"], "rejected"));
        Assert.Equal(2, ours.Count(m => m.Instrument == "kampungkb.graphql.operation.duration" && m.Value > 0));
    }

    private static Dictionary<string, object?> ToDictionary(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var result = new Dictionary<string, object?>();
        foreach (var (key, value) in tags) result[key] = value;
        return result;
    }

    [Fact(DisplayName = "The hub logs one line per operation with its name and duration, and never a variable's value (POST, GET, errors)")]
    public async Task Logs_never_carry_variable_values()
    {
        var logs = new CapturedLogs();
        using var client = hub.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs))).CreateClient();

        await client.GraphQLAsync(Query, new { code = Secret });
        await client.GetAsync($"/graphql?query={Uri.EscapeDataString(Query)}&variables={Uri.EscapeDataString($$"""{"code":"{{Secret}}"}""")}");
        // An error that quotes the value back to the client (INVALID_PERIOD) must not log it either.
        await client.GraphQLAsync("""query TelemetryBadPeriod($from: String) { indicatorSeries(indicator: "STUNTING_PREVALENCE", from: $from) { regionCode } }""",
            new { from = Secret }, expectSuccess: false);

        var lines = logs.Lines.ToList();
        Assert.DoesNotContain(lines, line => line.Contains(Secret, StringComparison.Ordinal));
        var operations = lines.Where(l => l.StartsWith(typeof(GraphQLOperationTelemetry).FullName!, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, operations.Count(l => l.Contains("GraphQL query TelemetryRegency: ok", StringComparison.Ordinal) && l.Contains("ElapsedMilliseconds=", StringComparison.Ordinal)));
        Assert.Contains(operations, l => l.Contains("GraphQL query TelemetryBadPeriod: error INVALID_PERIOD", StringComparison.Ordinal));
    }

    // Every message and every structured field of every log entry, as one line each.
    private sealed class CapturedLogs : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var fields = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
                lines.Enqueue($"{category} {formatter(state, exception)} {fields} {exception}");
            }
        }
    }

    // The spans of the hub's source, from every test running meanwhile: pick by operation name.
    private sealed class SpanRecorder : IDisposable
    {
        private readonly ActivityListener _listener;

        public SpanRecorder()
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name == GraphQLOperationTelemetry.SourceName,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = Spans.Add,
            };
            ActivitySource.AddActivityListener(_listener);
        }

        public ConcurrentBag<Activity> Spans { get; } = [];

        public void Dispose() => _listener.Dispose();
    }
}
