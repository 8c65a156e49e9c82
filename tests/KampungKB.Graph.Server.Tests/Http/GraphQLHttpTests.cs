using System.Data.Common;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Execution;
using KampungKB.Graph.Server.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;

namespace KampungKB.Graph.Server.Tests.Http;

/// <summary>GraphQL over HTTP at /graphql, through the real ASP.NET Core pipeline on a real SQLite file.</summary>
public sealed class GraphQLHttpTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string Json = "application/json";

    [Theory(DisplayName = "POST answers in the media type Accept prefers; */*, application/* and no Accept get application/json")]
    [InlineData(null, Json)]
    [InlineData(Json, Json)]
    [InlineData(GraphQLResponse, GraphQLResponse)]
    [InlineData("*/*", Json)]
    [InlineData("application/*", Json)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLResponse)]
    [InlineData("application/json;q=0.5, application/graphql-response+json;q=0.8", GraphQLResponse)]
    [InlineData("application/json;q=0, */*", GraphQLResponse)]
    [InlineData("text/html, application/json;q=0.1", Json)]
    public async Task Post_negotiates_the_response_media_type(string? accept, string expected)
    {
        var (response, body) = await PostAsync("""{"query": "{ __typename }"}""", accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("Query", body["data"]?["__typename"]?.GetValue<string>());
    }

    [Theory(DisplayName = "GET runs a query from the query string, with URL-encoded JSON variables")]
    [InlineData(Json)]
    [InlineData(GraphQLResponse)]
    public async Task Get_runs_a_query(string accept)
    {
        var (response, body) = await GetAsync(
            "?query=" + Uri.EscapeDataString("query Type($name: String!) { __type(name: $name) { name } }") +
            "&operationName=Type&variables=" + Uri.EscapeDataString("""{"name": "Query"}"""), accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(accept, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Query", body["data"]?["__type"]?["name"]?.GetValue<string>());
        Assert.Null(body["errors"]);
    }

    [Fact(DisplayName = "The introspection query an IDE sends answers without errors")]
    public async Task Introspection_answers()
    {
        var (response, body) = await PostAsync(new JsonObject { ["query"] = IntrospectionQuery.Query }.ToJsonString(), GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(body["errors"]);
        Assert.Equal("Query", body["data"]?["__schema"]?["queryType"]?["name"]?.GetValue<string>());
        Assert.Contains(body["data"]!["__schema"]!["types"]!.AsArray(), type => type?["name"]?.GetValue<string>() == "Province");
    }

    [Theory(DisplayName = "A body that is not a GraphQL request is 400 with a code, whatever Accept says")]
    [InlineData("""{ "not json""", ErrorCodes.InvalidJson)]
    [InlineData("", ErrorCodes.InvalidJson)]
    [InlineData("[]", ErrorCodes.InvalidRequest)]
    [InlineData("""{"query": 1}""", ErrorCodes.InvalidRequest)]
    [InlineData("""{"query": ["{ __typename }"]}""", ErrorCodes.InvalidRequest)]
    [InlineData("""{"query": "{ __typename }", "operationName": false}""", ErrorCodes.InvalidRequest)]
    [InlineData("""{"query": "\ud800"}""", ErrorCodes.InvalidJson)]
    [InlineData("""{"query": "query($c: String) { __typename }", "variables": {"c": "\udfff"}}""", ErrorCodes.InvalidJson)]
    [InlineData("""{"query": "{ __typename }", "variables": [1]}""", ErrorCodes.InvalidVariables)]
    [InlineData("""{"query": "{ __typename }", "variables": "{}"}""", ErrorCodes.InvalidVariables)]
    [InlineData("""{"query": "{ __typename }", "extensions": 0}""", ErrorCodes.InvalidRequest)]
    [InlineData("""{}""", ErrorCodes.QueryMissing)]
    [InlineData("""{"query": "  "}""", ErrorCodes.QueryMissing)]
    [InlineData("""{"qeury": "{ __typename }"}""", ErrorCodes.QueryMissing)]
    public async Task Bad_body_is_400_with_a_code(string json, string code)
    {
        foreach (var accept in (string[])[Json, GraphQLResponse])
        {
            var (response, body) = await PostAsync(json, accept);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(accept, response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(code, CodeOf(body));
            Assert.Null(body["data"]);
        }
    }

    [Fact(DisplayName = "A body that is not UTF-8 is 400 INVALID_JSON, not a 500")]
    public async Task Invalid_utf8_is_400()
    {
        var content = new ByteArrayContent([.. """{"query": "{ __typename """u8, 0xFF, .. """ }"}"""u8]);
        content.Headers.ContentType = new MediaTypeHeaderValue(Json);
        var (response, body) = await SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ErrorCodes.InvalidJson, CodeOf(body));
    }

    [Fact(DisplayName = "A UTF-8 byte order mark before the JSON is accepted")]
    public async Task Byte_order_mark_is_accepted()
    {
        var content = new ByteArrayContent([0xEF, 0xBB, 0xBF, .. """{"query": "{ __typename }"}"""u8]);
        content.Headers.ContentType = new MediaTypeHeaderValue(Json);
        var (response, _) = await SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory(DisplayName = "GET with bad variables or extensions is 400 with a code")]
    [InlineData("&variables=%5B1%5D", ErrorCodes.InvalidVariables)]
    [InlineData("&variables=%7Bx", ErrorCodes.InvalidJson)]
    [InlineData("&variables=%7B%22c%22%3A%22%5Cud800%22%7D", ErrorCodes.InvalidJson)]
    [InlineData("&extensions=%22x%22", ErrorCodes.InvalidRequest)]
    [InlineData("&query=%7B__typename%7D", ErrorCodes.InvalidRequest)]
    public async Task Bad_get_parameters_are_400(string parameters, string code)
    {
        var (response, body) = await GetAsync("?query=%7B__typename%7D" + parameters, GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, CodeOf(body));
    }

    [Theory(DisplayName = "A POST body other than UTF-8 application/json is 415 UNSUPPORTED_MEDIA_TYPE")]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/graphql")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task Unsupported_content_type_is_415(string? contentType)
    {
        var content = new StringContent("""{"query": "{ __typename }"}""");
        content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        var (response, body) = await SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content });

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(ErrorCodes.UnsupportedMediaType, CodeOf(body));
    }

    [Theory(DisplayName = "application/json in UTF-8, however the charset is spelled, is accepted")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("APPLICATION/JSON; CHARSET=UTF-8")]
    [InlineData("application/json; charset=\"utf-8\"")]
    public async Task Utf8_charset_is_accepted(string contentType)
    {
        var (response, _) = await PostAsync("""{"query": "{ __type(name: \"Run🏃Swim🏊\") { name } }"}""", Json, contentType);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    // GET with text/html is a browser, redirected to the IDE (Ide/BananaCakePopTests); POST with it is a client to refuse.
    [Theory(DisplayName = "An Accept that allows neither JSON media type is 406 NOT_ACCEPTABLE")]
    [InlineData("GET", "application/xml")]
    [InlineData("POST", "text/html")]
    [InlineData("POST", "application/json;q=0, application/graphql-response+json;q=0")]
    [InlineData("POST", "application/xml, text/*")]
    public async Task Unacceptable_accept_is_406(string method, string accept)
    {
        var request = method == "GET"
            ? new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D")
            : new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query": "{ __typename }"}""", Encoding.UTF8, Json) };
        request.Headers.TryAddWithoutValidation("Accept", accept);
        var (response, body) = await SendAsync(request);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal(Json, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(ErrorCodes.NotAcceptable, CodeOf(body));
    }

    // The operation type is read from the document before execution (and before authentication matters).
    [Theory(DisplayName = "A mutation over GET is 405 METHOD_NOT_ALLOWED with Allow: POST")]
    [InlineData("mutation { __typename }", null)]
    [InlineData("mutation { createKampungKb(input: { villageCode: \"51.01.01.2001\", name: \"Lewat GET\", declaredOn: \"2025-01-01\" }) { errors { code } } }", null)]
    [InlineData("query Q { __typename } mutation M { __typename }", "M")]
    [InlineData("subscription { __typename }", null)]
    public async Task Mutation_over_get_is_405(string query, string? operationName)
    {
        var (response, body) = await GetAsync($"?query={Uri.EscapeDataString(query)}" + (operationName is null ? "" : $"&operationName={operationName}"), GraphQLResponse);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.Equal(ErrorCodes.MethodNotAllowed, CodeOf(body));
    }

    [Fact(DisplayName = "GET may pick the query of a document that also holds a mutation")]
    public async Task Get_runs_the_named_query_beside_a_mutation()
    {
        var (response, body) = await GetAsync($"?query={Uri.EscapeDataString("query Q { __typename } mutation M { __typename }")}&operationName=Q", Json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Query", body["data"]?["__typename"]?.GetValue<string>());
    }

    [Fact(DisplayName = "PUT and DELETE are 405 with Allow: GET, POST")]
    public async Task Other_methods_are_405()
    {
        var (response, body) = await SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/graphql"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow);
        Assert.Equal(ErrorCodes.MethodNotAllowed, CodeOf(body));
    }

    [Theory(DisplayName = "Document errors are 400 under application/graphql-response+json and 200 under application/json, each coded")]
    [InlineData("""{"query": "query A { __typename }", "operationName": "B"}""", ErrorCodes.OperationNotFound)]
    [InlineData("""{"query": "query($code: String!) { province(code: $code) { name } }", "variables": {"code": 51}}""", ErrorCodes.InvalidVariables)]
    [InlineData("""{"query": "query($code: String!) { province(code: $code) { name } }"}""", ErrorCodes.InvalidVariables)]
    [InlineData("""{"query": "{ province { name } "}""", "SYNTAX_ERROR")]
    [InlineData("""{"query": "{ notAField }"}""", "FIELDS_ON_CORRECT_TYPE")]
    [InlineData("""{"query": "query A { __typename } query B { __typename }"}""", "NO_OPERATION_NAME")]
    // The schema has queries and mutations, no subscriptions.
    [InlineData("""{"query": "subscription { villages { code } }"}""", ErrorCodes.OperationNotSupported)]
    [InlineData("""{"query": "{ a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a { a }"}""", ErrorCodes.QueryTooDeep)]
    public async Task Document_errors_are_coded(string json, string code)
    {
        var (strict, strictBody) = await PostAsync(json, GraphQLResponse);
        var (legacy, legacyBody) = await PostAsync(json, Json);

        Assert.Equal(HttpStatusCode.BadRequest, strict.StatusCode);
        Assert.Equal(code, CodeOf(strictBody));
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
        Assert.Equal(code, CodeOf(legacyBody));
    }

    [Fact(DisplayName = "A body over GraphQL:MaxRequestBytes is 413 REQUEST_TOO_LARGE")]
    public async Task Too_large_body_is_413()
    {
        var (response, body) = await PostAsync($$$"""{"query": "{ __typename }", "extensions": {"padding": "{{{new string('x', 1024 * 1024)}}}"}}""", GraphQLResponse);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(ErrorCodes.RequestTooLarge, CodeOf(body));
    }

    [Fact(DisplayName = "GET ?sdl returns the schema as SDL text with its descriptions")]
    public async Task Sdl_is_served()
    {
        var response = await hub.CreateClient().GetAsync("/graphql?sdl");
        var sdl = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("type Query", sdl);
        Assert.Contains("\"Read the region graph", sdl);
    }

    [Fact(DisplayName = "After a run of bad requests the hub still answers /healthz and queries")]
    public async Task Hub_stays_up_after_bad_requests()
    {
        foreach (var json in (string[])["{", "", "[]", """{"query": 1}""", """{"query": "{"}""", """{"query": "{ __typename }", "variables": 1}"""])
            Assert.NotEqual(HttpStatusCode.InternalServerError, (await PostAsync(json, GraphQLResponse)).Response.StatusCode);
        Assert.NotEqual(HttpStatusCode.InternalServerError, (await GetAsync("?query=mutation%7Bx%7D", GraphQLResponse)).Response.StatusCode);
        Assert.NotEqual(HttpStatusCode.InternalServerError, (await PostAsync(new string('[', 10_000), GraphQLResponse)).Response.StatusCode);
        Assert.NotEqual(HttpStatusCode.InternalServerError, (await PostAsync(new JsonObject { ["query"] = "{" + new string('{', 5_000) }.ToJsonString(), GraphQLResponse)).Response.StatusCode);
        Assert.NotEqual(HttpStatusCode.InternalServerError, (await GetAsync("?query=" + Uri.EscapeDataString(new string('{', 2_000)), GraphQLResponse)).Response.StatusCode);
        Assert.NotEqual(HttpStatusCode.InternalServerError, (await GetAsync("?query=" + Uri.EscapeDataString("query { " + string.Concat(Enumerable.Repeat("a { ", 500))), GraphQLResponse)).Response.StatusCode);

        var health = await hub.CreateClient().GetAsync("/healthz");
        var (query, _) = await PostAsync("""{"query": "{ __typename }"}""", Json);

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
    }

    [Fact(DisplayName = "A validation error response keeps its shape: status, media type, message, location, code")]
    public async Task Validation_error_response_snapshot()
    {
        var (response, body) = await PostAsync("""{"query": "{ province(code: 51) { name } }"}""", GraphQLResponse);

        Snapshot.Match(new
        {
            Status = (int)response.StatusCode,
            ContentType = response.Content.Headers.ContentType?.ToString(),
            Body = JToken.Parse(body.ToJsonString()),
        });
    }

    [Fact(DisplayName = "The request's abort token reaches the executer, so a client that leaves stops the database query")]
    public async Task Request_aborted_flows_into_execution()
    {
        var hook = new RecordingHook();
        using var client = hub.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<IGraphQLExecutionHook>(hook))).CreateClient();

        await client.PostAsync("/graphql", new StringContent("""{"query": "{ __typename }"}""", Encoding.UTF8, Json));

        Assert.True(hook.TokenWasRequestAborted);
    }

    [Fact(DisplayName = "An unexpected exception is INTERNAL_ERROR with a trace id, never the exception or its stack trace")]
    public async Task Unexpected_exception_is_internal_error()
    {
        using var client = hub.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<IGraphQLExecutionHook>(new ThrowingHook()))).CreateClient();

        var response = await client.PostAsync("/graphql", new StringContent("""{"query": "{ __typename }"}""", Encoding.UTF8, Json));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ErrorCodes.InternalError, CodeOf(JsonNode.Parse(text)!));
        Assert.DoesNotContain("secret", text);
        Assert.DoesNotContain(" at ", text);
        Assert.Contains("trace id", text);
    }

    [Fact(DisplayName = "A batched reference whose statement fails is INTERNAL_ERROR at each of its fields, null up to the nearest nullable list; the rest of the answer stands")]
    public async Task Failing_batch_is_internal_error_at_its_fields()
    {
        var failing = new FailingStatements("FROM \"Agencies\"");
        using var client = hub.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddSingleton<IInterceptor>(failing))).CreateClient();
        failing.Armed = true;

        var response = await client.PostAsync("/graphql", new StringContent(
            """{"query": "{ programs(first: 3, order: [{ code: ASC }]) { totalCount nodes { code agency { name } } } }"}""", Encoding.UTF8, Json));
        var text = await response.Content.ReadAsStringAsync();
        var body = JsonNode.Parse(text)!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = body["errors"]!.AsArray();
        Assert.Equal(3, errors.Count);
        Assert.All(errors, e => Assert.Equal(ErrorCodes.InternalError, (string)e!["extensions"]!["code"]!));
        Assert.Equal("""["programs","nodes",0,"agency"]""", errors[0]!["path"]!.ToJsonString());
        Assert.DoesNotContain("secret", text);
        Assert.Null(body["data"]!["programs"]!["nodes"]);
        Assert.True((int)body["data"]!["programs"]!["totalCount"]! >= 3);
    }

    // Once armed (after the hub has started and seeded), fails every statement that reads the named table, as a broken database would.
    private sealed class FailingStatements(string fragment) : DbCommandInterceptor
    {
        public volatile bool Armed;

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            Armed && command.CommandText.Contains(fragment, StringComparison.Ordinal)
                ? throw new InvalidOperationException("secret: the disk is gone")
                : ValueTask.FromResult(result);
    }

    private sealed class RecordingHook : IGraphQLExecutionHook
    {
        public bool TokenWasRequestAborted { get; private set; }

        public void Configure(HttpContext http, ExecutionOptions options) => TokenWasRequestAborted = options.CancellationToken == http.RequestAborted;
    }

    // A listener that fails stands in for a resolver bug without depending on data rows.
    private sealed class ThrowingHook : IGraphQLExecutionHook
    {
        public void Configure(HttpContext http, ExecutionOptions options) => options.Listeners.Add(new ThrowingListener());

        private sealed class ThrowingListener : DocumentExecutionListenerBase
        {
            public override Task BeforeExecutionAsync(IExecutionContext context) => throw new InvalidOperationException("secret connection string");
        }
    }

    private Task<(HttpResponseMessage Response, JsonNode Body)> PostAsync(string json, string? accept, string contentType = Json)
    {
        var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return SendAsync(request);
    }

    private Task<(HttpResponseMessage Response, JsonNode Body)> GetAsync(string queryString, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql" + queryString);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return SendAsync(request);
    }

    private async Task<(HttpResponseMessage Response, JsonNode Body)> SendAsync(HttpRequestMessage request)
    {
        var response = await hub.CreateClient().SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response, JsonNode.Parse(text) ?? throw new InvalidOperationException("The response body is JSON null."));
    }

    private static string? CodeOf(JsonNode body) => body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();
}
