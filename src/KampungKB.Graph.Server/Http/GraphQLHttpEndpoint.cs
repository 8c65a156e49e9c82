using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Utilities;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using KampungKB.Graph.Server.Ide;
using Microsoft.Extensions.Options;

namespace KampungKB.Graph.Server.Http;

/// <summary>GraphQL over HTTP at one path: POST and GET per the GraphQL-over-HTTP spec, and <c>GET ?sdl</c>.</summary>
internal static class GraphQLHttpEndpoint
{
    private const string LoggerName = "KampungKB.Graph.Server.Http.GraphQLHttpEndpoint";

    /// <summary>Binds <see cref="GraphQLHttpOptions"/> from the <c>GraphQL</c> configuration section.</summary>
    public static void AddGraphQLHttp(this WebApplicationBuilder builder) =>
        builder.Services.Configure<GraphQLHttpOptions>(builder.Configuration.GetSection(GraphQLHttpOptions.Section));

    public static void MapGraphQLHttp(this IEndpointRouteBuilder app, string pattern)
    {
        var endpoint = app.MapGroup(pattern).AddEndpointFilter(AnswerUnexpectedErrors)
            .RequireAuthorization(Partners.HubAuth.CallerPolicy).RequireRateLimiting(Limits.GraphQLRateLimiting.Policy);
        endpoint.MapPost("", PostAsync);
        endpoint.MapGet("", GetAsync);
        endpoint.MapMethods("", [HttpMethods.Head], (HttpContext http) => BananaCakePop.AnswerBrowser(http) ?? OtherMethod(http));
        endpoint.MapMethods("", [HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete], OtherMethod);
    }

    // A bug of ours answers 500 INTERNAL_ERROR in GraphQL shape: logged here, never the stack trace of the developer exception page.
    internal static async ValueTask<object?> AnswerUnexpectedErrors(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        try
        {
            return await next(context);
        }
        catch (Exception e) when (!http.RequestAborted.IsCancellationRequested)
        {
            Logger(http).LogError(e, "GraphQL request {TraceId} failed.", http.TraceIdentifier);
            return GraphQLResponse.For(new(StatusCodes.Status500InternalServerError, ErrorCodes.InternalError, InternalErrorMessage(http, field: null)),
                MediaTypeNegotiation.Negotiate(http.Request.Headers.Accept) ?? MediaTypeNegotiation.Json);
        }
    }

    private static async Task<IResult> PostAsync(HttpContext http, IOptions<GraphQLHttpOptions> options, IGraphQLSerializer serializer)
    {
        if (MediaTypeNegotiation.Negotiate(http.Request.Headers.Accept) is not { } mediaType) return NotAcceptable(http);
        if (!MediaTypeNegotiation.IsJsonBody(http.Request.ContentType))
            return GraphQLResponse.For(new(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
                $"Send the request body as {MediaTypeNegotiation.Json} in UTF-8, not '{http.Request.ContentType ?? "no Content-Type"}'."), mediaType);

        var (request, error) = await GraphQLRequestReader.ReadBodyAsync(http.Request, options.Value.MaxRequestBytes, serializer, http.RequestAborted);
        return error is not null ? GraphQLResponse.For(error, mediaType) : await ExecuteAsync(http, request!, mediaType);
    }

    private static async Task<IResult> GetAsync(HttpContext http, IGraphQLSerializer serializer)
    {
        if (http.Request.Query.ContainsKey("sdl")) return Sdl(http);
        // What a GET answers depends on Accept: a browser gets the IDE, anyone else GraphQL.
        http.Response.Headers.Vary = "Accept";
        if (BananaCakePop.AnswerBrowser(http) is { } ide) return ide;
        if (MediaTypeNegotiation.Negotiate(http.Request.Headers.Accept) is not { } mediaType) return NotAcceptable(http);

        var (request, error) = GraphQLRequestReader.ReadQueryString(http.Request.Query, serializer);
        if (error is not null) return GraphQLResponse.For(error, mediaType);
        // GET must be safe: a mutation changes data, so it needs POST.
        if (!string.IsNullOrWhiteSpace(request!.Query) && OperationTypeOf(request.Query, request.OperationName) is OperationType.Mutation or OperationType.Subscription)
            return GraphQLResponse.For(new(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed,
                "Mutations (and subscriptions) cannot be sent with GET; send them with POST."), mediaType, allow: HttpMethods.Post);
        return await ExecuteAsync(http, request, mediaType);
    }

    private static IResult OtherMethod(HttpContext http) =>
        GraphQLResponse.For(new(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed,
            $"{http.Request.Method} is not served here; send GraphQL requests with POST, or queries with GET."),
            MediaTypeNegotiation.Negotiate(http.Request.Headers.Accept) ?? MediaTypeNegotiation.Json, allow: "GET, POST");

    private static IResult NotAcceptable(HttpContext http) =>
        GraphQLResponse.For(new(StatusCodes.Status406NotAcceptable, ErrorCodes.NotAcceptable,
            $"This endpoint answers in {MediaTypeNegotiation.GraphQLResponseJson} or {MediaTypeNegotiation.Json}; " +
            $"the Accept header '{http.Request.Headers.Accept}' allows neither."), MediaTypeNegotiation.Json);

    private static IResult Sdl(HttpContext http)
    {
        var sdl = SchemaSdl.Print(http.RequestServices.GetRequiredService<ISchema>());
        return TypedResults.Text(sdl, "text/plain; charset=utf-8");
    }

    private static async Task<IResult> ExecuteAsync(HttpContext http, GraphQLRequest request, string mediaType)
    {
        // Checked here rather than by GraphQL.NET, which answers an empty document with a DocumentError (200 under application/json).
        if (string.IsNullOrWhiteSpace(request.Query) && string.IsNullOrWhiteSpace(request.DocumentId) && !AutomaticPersistedQueries.Names(request.Extensions))
            return GraphQLResponse.For(new(StatusCodes.Status400BadRequest, ErrorCodes.QueryMissing,
                """The request has no GraphQL document. Send it in the 'query' parameter, e.g. {"query": "{ __typename }"}, or a saved one's id in 'documentId'."""), mediaType);
        if (Partners.Views.SavedDocumentsOnly.Refuses(http, request) is { } savedOnly) return GraphQLResponse.For(savedOnly, mediaType);

        var result = await RunAsync(http, request);
        // Null: the client has gone; nobody reads an answer.
        return result is null ? Results.Empty : new GraphQLResponse(result, StatusCodeRule.For(result, mediaType), mediaType);
    }

    /// <summary>
    /// Runs <paramref name="request"/> (a document, or a saved one's <c>documentId</c>) as the caller of <paramref name="http"/>,
    /// with its scope and limits; null when the client has gone. Views run through here too.
    /// </summary>
    internal static async Task<ExecutionResult?> RunAsync(HttpContext http, GraphQLRequest request)
    {
        var options = new ExecutionOptions
        {
            Schema = http.RequestServices.GetRequiredService<ISchema>(),
            // GraphQL.NET refuses a request with both; an empty 'query' beside a documentId is no document.
            Query = string.IsNullOrEmpty(request.Query) ? null : request.Query,
            DocumentId = request.DocumentId,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            // A client that disconnects stops the resolvers and their database queries.
            CancellationToken = http.RequestAborted,
            UnhandledExceptionDelegate = context => OnUnhandledException(http, context),
        };
        foreach (var hook in http.RequestServices.GetServices<IGraphQLExecutionHook>()) hook.Configure(http, options);

        try
        {
            return await http.RequestServices.GetRequiredService<IDocumentExecuter>().ExecuteAsync(options);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            return null;
        }
    }

    // GraphQL.NET wraps anything unexpected in an UnhandledError, which we answer as INTERNAL_ERROR.
    private static Task OnUnhandledException(HttpContext http, UnhandledExceptionContext context)
    {
        // Except the parser's depth limit: that is the client's document.
        if (context.OriginalException is GraphQLMaxDepthExceededException tooDeep)
        {
            context.Exception = new QueryTooDeepError(tooDeep.Location);
            return Task.CompletedTask;
        }
        var field = context.FieldContext?.FieldDefinition.Name;
        Logger(http).LogError(context.OriginalException, "GraphQL request {TraceId} failed in field {Field}.", http.TraceIdentifier, field);
        context.ErrorMessage = InternalErrorMessage(http, field);
        return Task.CompletedTask;
    }

    private static string InternalErrorMessage(HttpContext http, string? field) =>
        $"The hub failed unexpectedly{(field is null ? "" : $" while resolving '{field}'")}. " +
        $"The error is logged under trace id {http.TraceIdentifier}; please report it with that id.";

    private static ILogger Logger(HttpContext http) => http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(LoggerName);

    // The operation a GET would run, or null when the document does not parse or names none (the executer then reports why).
    private static OperationType? OperationTypeOf(string query, string? operationName)
    {
        GraphQLDocument document;
        try { document = Parser.Parse(query); }
        catch (GraphQLParserException) { return null; }
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name is { } name && name.StringValue == operationName);
        return operation?.Operation;
    }
}
