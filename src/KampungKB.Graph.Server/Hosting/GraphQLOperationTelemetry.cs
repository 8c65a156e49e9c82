using System.Diagnostics;
using System.Diagnostics.Metrics;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;

namespace KampungKB.Graph.Server.Hosting;

/// <summary>
/// One span, one log line and one measurement per GraphQL operation: its name, type, outcome, duration and (from
/// <see cref="Http.Limits.ComplexityLimitRule"/>) complexity. Never the document's variables or their values.
/// </summary>
internal sealed partial class GraphQLOperationTelemetry : IConfigureExecution, IDisposable
{
    /// <summary>The <see cref="ActivitySource"/> and <see cref="Meter"/> name to subscribe to.</summary>
    public const string SourceName = "KampungKB.Graph";

    private const string ComplexityKey = "KampungKB.Graph.Complexity";
    private const string DepthKey = "KampungKB.Graph.Depth";
    // Operation names are chosen by clients: cut long ones so a metric's label set stays small.
    private const int MaxNameLength = 100;

    private static readonly ActivitySource Source = new(SourceName);

    private readonly Meter _meter;
    private readonly Counter<long> _operations;
    private readonly Histogram<double> _duration;
    private readonly ILogger _logger;

    public GraphQLOperationTelemetry(IMeterFactory meters, ILogger<GraphQLOperationTelemetry> logger)
    {
        _meter = meters.Create(SourceName);
        _operations = _meter.CreateCounter<long>("kampungkb.graphql.operations", "{operation}", "GraphQL operations by name, type and outcome.");
        _duration = _meter.CreateHistogram<double>("kampungkb.graphql.operation.duration", "s",
            "Duration of GraphQL operations (parse, validate, execute), by name, type and outcome.");
        _logger = logger;
    }

    /// <summary>Outermost: before the option configurations (100), the deadline (150) and the document cache (200).</summary>
    public float SortOrder => 50;

    /// <summary>Called by the complexity rule, which runs inside the operation's span, for cached documents too.</summary>
    public static void RecordComplexity(IDictionary<string, object?> userContext, double complexity, int depth)
    {
        userContext[ComplexityKey] = complexity;
        userContext[DepthKey] = depth;
    }

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var started = Stopwatch.GetTimestamp();
        using var activity = Source.StartActivity("GraphQL Operation", ActivityKind.Internal);
        ExecutionResult? result = null;
        var outcome = "exception";
        try
        {
            result = await next(options);
            outcome = result.Errors is not { Count: > 0 } ? "ok" : result.Executed ? "error" : "rejected";
            return result;
        }
        catch (OperationCanceledException)
        {
            outcome = "cancelled";
            throw;
        }
        finally
        {
            Record(options, result, outcome, Stopwatch.GetElapsedTime(started), activity);
        }
    }

    private void Record(ExecutionOptions options, ExecutionResult? result, string outcome, TimeSpan elapsed, Activity? activity)
    {
        // A document that failed validation has no selected operation on the result; name it from the document all the same.
        var operation = result?.Operation ?? SelectedOperation.In(result?.Document ?? options.Document ?? Parse(options.Query), options.OperationName);
        var type = operation?.Operation.ToString().ToLowerInvariant() ?? "unknown";
        var name = operation?.Name?.StringValue ?? (operation is null ? options.OperationName : null);
        if (name?.Length > MaxNameLength) name = name[..MaxNameLength];
        var errorType = result?.Errors is { Count: > 0 } errors ? errors[0].Code ?? errors[0].GetType().Name : null;
        var complexity = options.UserContext.TryGetValue(ComplexityKey, out var c) ? c as double? : null;

        var tags = new TagList
        {
            { "graphql.operation.type", type },
            { "graphql.operation.name", name ?? "anonymous" },
            { "outcome", outcome },
        };
        _operations.Add(1, tags);
        _duration.Record(elapsed.TotalSeconds, tags);
        if (errorType is null) LogOperation(_logger, type, name ?? "anonymous", outcome, elapsed.TotalMilliseconds, complexity);
        else LogFailedOperation(_logger, type, name ?? "anonymous", outcome, errorType, elapsed.TotalMilliseconds, complexity);

        if (activity is null) return;
        // Semantic conventions: "{type} {name}", or the type alone for an anonymous operation.
        activity.DisplayName = name is null ? type : $"{type} {name}";
        activity.SetTag("graphql.operation.type", type);
        if (name is not null) activity.SetTag("graphql.operation.name", name);
        if (complexity is not null) activity.SetTag("graphql.operation.complexity", complexity);
        if (options.UserContext.TryGetValue(DepthKey, out var depth)) activity.SetTag("graphql.operation.depth", depth);
        activity.SetTag("outcome", outcome);
        if (errorType is not null)
        {
            activity.SetTag("error.type", errorType);
            activity.SetStatus(ActivityStatusCode.Error);
        }
    }

    // Only for a rejected request, whose result carries no document: parsed again to name it (a syntax error stays unnamed).
    private static GraphQLDocument? Parse(string? query)
    {
        if (string.IsNullOrEmpty(query)) return null;
        try { return GraphQLParser.Parser.Parse(query); }
        catch (Exception e) when (e is GraphQLParser.Exceptions.GraphQLParserException or GraphQLParser.Exceptions.GraphQLMaxDepthExceededException) { return null; }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "GraphQL {OperationType} {OperationName}: {Outcome} in {ElapsedMilliseconds:F1} ms, complexity {Complexity}")]
    private static partial void LogOperation(ILogger logger, string operationType, string operationName, string outcome,
        double elapsedMilliseconds, double? complexity);

    // Same line with the first error's code; Information too, since the client's mistake is not the hub's.
    [LoggerMessage(EventId = 2, Level = LogLevel.Information,
        Message = "GraphQL {OperationType} {OperationName}: {Outcome} {ErrorType} in {ElapsedMilliseconds:F1} ms, complexity {Complexity}")]
    private static partial void LogFailedOperation(ILogger logger, string operationType, string operationName, string outcome, string errorType,
        double elapsedMilliseconds, double? complexity);

    public void Dispose() => _meter.Dispose();
}
