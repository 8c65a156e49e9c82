using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using KampungKB.Graph.Data;
using KampungKB.Graph.Data.Partners;
using KampungKB.Graph.Server.Http;
using KampungKB.Graph.Server.Tests.Partners;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace KampungKB.Graph.Server.Tests.Http.Limits;

/// <summary>Each request limit answers with its own code, status and an actionable message; the limits are configuration.</summary>
public sealed class LimitsTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string GraphQLResponse = "application/graphql-response+json";

    // Small limits, so each one is easy to cross with a short document.
    private WebApplicationFactory<Program> Limited() => hub.WithWebHostBuilder(b => b
        .UseSetting("GraphQL:Limits:MaxDepth", "4")
        .UseSetting("GraphQL:Limits:MaxComplexity", "5000")
        .UseSetting("GraphQL:Limits:MaxAliases", "3")
        .UseSetting("GraphQL:Limits:MaxFields", "40")
        .UseSetting("GraphQL:Limits:MaxFragmentSpreads", "2")
        .UseSetting("GraphQL:Limits:MaxListItems", "5")
        .UseSetting("GraphQL:MaxRequestBytes", "4096"));

    [Theory(DisplayName = "Each limit answers its own code and status, with a message naming its configuration key")]
    [InlineData("{ province(code: \"51\") { regencies { districts { villages { kampungKbs { name } } } } } }", "QUERY_TOO_DEEP", 400, "GraphQL:Limits:MaxDepth")]
    [InlineData("{ kampungKbs(first: 1000) { nodes { id name hasRumahDataKu classification } } kampungKbTable(take: 1000) { items { id name } } }", "QUERY_TOO_COMPLEX", 400, "GraphQL:Limits:MaxComplexity")]
    [InlineData("{ a: __typename b: __typename c: __typename d: __typename }", "TOO_MANY_ALIASES", 400, "GraphQL:Limits:MaxAliases")]
    [InlineData("FIELDS", "TOO_MANY_FIELDS", 400, "GraphQL:Limits:MaxFields")]
    [InlineData("{ ...A ...B ...C } fragment A on Query { __typename } fragment B on Query { __typename } fragment C on Query { __typename }", "TOO_MANY_FRAGMENTS", 400, "GraphQL:Limits:MaxFragmentSpreads")]
    [InlineData("{ kampungKbs(first: 1001) { nodes { id } } }", "PAGE_SIZE_TOO_LARGE", 200, "1000")]
    [InlineData("{ villages(where: { code: { in: [\"1\", \"2\", \"3\", \"4\", \"5\", \"6\"] } }) { totalCount } }", "LIST_TOO_LONG", 400, "GraphQL:Limits:MaxListItems")]
    [InlineData("BODY", "REQUEST_TOO_LARGE", 413, "GraphQL:MaxRequestBytes")]
    [InlineData("DEEP", "QUERY_TOO_DEEP", 400, "nested too deeply")]
    public async Task Each_limit_has_its_code(string query, string code, int status, string messageMentions)
    {
        query = query switch
        {
            "FIELDS" => "{ " + string.Concat(Enumerable.Repeat("__typename ", 41)) + "}",
            "BODY" => "{ __typename }" + new string(' ', 5000),
            "DEEP" => string.Concat(Enumerable.Repeat("{ a ", 200)) + new string('}', 200),
            _ => query,
        };
        using var factory = Limited();

        var (response, body) = await PostAsync(factory.CreateClient(), query);

        var error = body["errors"]![0]!;
        Assert.Equal(code, (string)error["extensions"]!["code"]!);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Contains(messageMentions, (string)error["message"]!);
    }

    [Fact(DisplayName = "The default limits let the IDE's introspection and the README's examples through")]
    public async Task Defaults_allow_everyday_queries()
    {
        var client = hub.CreateClient();
        string[] queries =
        [
            "{ province(code: \"51\") { name regencies { code name kind districts { code name } } } }",
            "{ kampungKbs(first: 1000, where: { village: { district: { regencyCode: { eq: \"51.01\" } } } }) { totalCount nodes { id name hasRumahDataKu village { name } programs { program { code name } } } } }",
            "{ province(code: \"51\") { regencies { districts { villages { code name kind } } } } }",
            IntrospectionQuery.Query,
        ];
        foreach (var query in queries) await client.DataAsync(query);
    }

    [Theory(DisplayName = "A document over MaxFields is refused before validation, whose cost grows with the square of the fields: in seconds, not minutes")]
    [InlineData("fields")]
    [InlineData("spreads")]
    public async Task Oversize_document_is_refused_before_validation(string kind)
    {
        // Under the 1 MiB body limit; validating either took GraphQL.NET minutes of CPU, past the execution timeout.
        var query = kind == "fields"
            ? "{ " + string.Concat(Enumerable.Repeat("__typename ", 80_000)) + "}"
            : "{ " + string.Concat(Enumerable.Repeat("...F ", 100_000)) + "} fragment F on Query { " + string.Concat(Enumerable.Repeat("__typename ", 1_900)) + "}";
        var client = hub.CreateClient();
        await client.DataAsync("{ __typename }");

        var clock = Stopwatch.StartNew();
        var (response, body) = await PostAsync(client, query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("TOO_MANY_FIELDS", (string)body["errors"]![0]!["extensions"]!["code"]!);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"Answered after {clock.Elapsed}.");
    }

    [Fact(DisplayName = "1,000 one-field fragments, within MaxFields, are refused as TOO_MANY_FRAGMENTS before validation compares them pairwise (seconds of CPU)")]
    public async Task Many_fragments_are_refused_before_validation()
    {
        var query = "{ " + string.Concat(Enumerable.Range(0, 1_000).Select(i => $"...F{i} ")) + "} " +
            string.Concat(Enumerable.Range(0, 1_000).Select(i => $"fragment F{i} on Query {{ __typename }} "));
        var client = hub.CreateClient();

        var clock = Stopwatch.StartNew();
        var (response, body) = await PostAsync(client, query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("TOO_MANY_FRAGMENTS", (string)body["errors"]![0]!["extensions"]!["code"]!);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"Answered after {clock.Elapsed}.");
    }

    [Fact(DisplayName = "Page sizes are configuration: GraphQL:Limits:MaxPageSize answers PAGE_SIZE_TOO_LARGE past it, DefaultPageSize sizes a page asked without one")]
    public async Task Page_size_is_configuration()
    {
        using var factory = hub.WithWebHostBuilder(b => b
            .UseSetting("GraphQL:Limits:MaxPageSize", "20")
            .UseSetting("GraphQL:Limits:DefaultPageSize", "7"));
        var client = factory.CreateClient();

        var (tooLarge, body) = await PostAsync(client, "{ kampungKbs(first: 21) { nodes { id } } regencies { totalCount } }");
        var largest = await client.DataAsync("{ kampungKbs(first: 20) { nodes { id } } kampungKbTable(take: 20) { items { id } } }");
        var unsized = await client.DataAsync("{ kampungKbs { nodes { id } } villages { nodes { code } } }");

        // A field error: the rest of the response is served.
        Assert.Equal(HttpStatusCode.OK, tooLarge.StatusCode);
        Assert.Equal("PAGE_SIZE_TOO_LARGE", (string)body["errors"]![0]!["extensions"]!["code"]!);
        Assert.Contains("At most 20 rows", (string)body["errors"]![0]!["message"]!);
        Assert.Equal(9, (int)body["data"]!["regencies"]!["totalCount"]!);
        Assert.Equal(20, largest["kampungKbs"]!["nodes"]!.AsArray().Count);
        Assert.Equal(20, largest["kampungKbTable"]!["items"]!.AsArray().Count);
        Assert.Equal(7, unsized["kampungKbs"]!["nodes"]!.AsArray().Count);
        Assert.Equal(7, unsized["villages"]!["nodes"]!.AsArray().Count);
    }

    [Fact(DisplayName = "Complexity reads page sizes from variables, so a cached document with a bigger page is refused")]
    public async Task Cached_document_is_weighed_again()
    {
        using var factory = Limited();
        var client = factory.CreateClient();
        const string query = "query Page($n: Int) { kampungKbs(first: $n) { nodes { id name hasRumahDataKu classification isActive coverage } } }";

        var small = await client.GraphQLAsync(query, new { n = 10 });
        var large = await client.GraphQLAsync(query, new { n = 1000 }, expectSuccess: false);

        Assert.Null(small["errors"]);
        Assert.Equal("QUERY_TOO_COMPLEX", (string)large["errors"]![0]!["extensions"]!["code"]!);
    }

    [Theory(DisplayName = "A variable that can change a verdict has a cached document checked again: an @include Boolean, a list, a list in an input object")]
    [InlineData("query Include($all: Boolean!) { kampungKbs(first: 1) { nodes { id } } kampungKbTable(take: 1000) @include(if: $all) { items { id name hasRumahDataKu classification isActive coverage } } }",
        """{ "all": false }""", """{ "all": true }""", "QUERY_TOO_COMPLEX")]
    [InlineData("query Codes($c: [String!]) { villages(where: { code: { in: $c } }) { totalCount } }",
        """{ "c": ["1"] }""", """{ "c": ["1", "2", "3", "4", "5", "6"] }""", "LIST_TOO_LONG")]
    [InlineData("query Filter($w: VillageFilterInput) { villages(where: $w) { totalCount } }",
        """{ "w": { "code": { "in": ["1"] } } }""", """{ "w": { "code": { "in": ["1", "2", "3", "4", "5", "6"] } } }""", "LIST_TOO_LONG")]
    public async Task Cached_document_is_checked_again_when_a_variable_can_change_the_verdict(string query, string passing, string failing, string code)
    {
        using var factory = Limited();
        var client = factory.CreateClient();

        var first = await client.GraphQLAsync(query, JsonNode.Parse(passing));
        var second = await client.GraphQLAsync(query, JsonNode.Parse(failing), expectSuccess: false);

        Assert.Null(first["errors"]);
        Assert.Equal(code, (string)second["errors"]![0]!["extensions"]!["code"]!);
    }

    [Fact(DisplayName = "A query past ExecutionTimeout is cancelled in the database and answered 503 TIMEOUT")]
    public async Task Slow_query_times_out_in_the_database()
    {
        var slow = new StallingInterceptor();

        var (response, body, elapsed) = await PastTheTimeoutAsync(slow, () => slow.Armed = true);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("TIMEOUT", (string)body["errors"]![0]!["extensions"]!["code"]!);
        Assert.Contains("GraphQL:Limits:ExecutionTimeout", (string)body["errors"]![0]!["message"]!);
        Assert.True(slow.Cancelled, "The database command never saw the cancellation.");
        Assert.True(elapsed < TimeSpan.FromSeconds(10), $"Answered after {elapsed}.");
    }

    [Fact(DisplayName = "A statement still running at ExecutionTimeout is stopped in the database, not left to finish")]
    public async Task Running_statement_is_stopped_at_the_timeout()
    {
        var endless = new EndlessStatement(hub.Database.Provider);

        var (response, body, elapsed) = await PastTheTimeoutAsync(endless, () => endless.Armed = true);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("TIMEOUT", (string)body["errors"]![0]!["extensions"]!["code"]!);
        // Left to finish, the statement takes about 40 s.
        Assert.True(elapsed < TimeSpan.FromSeconds(8), $"Answered after {elapsed}.");
    }

    // A query on a hub with a one-second ExecutionTimeout and the interceptor, armed once the host is warm; its answer and time.
    private async Task<(HttpResponseMessage Response, JsonNode Body, TimeSpan Elapsed)> PastTheTimeoutAsync(IInterceptor interceptor, Action arm)
    {
        using var factory = hub.WithWebHostBuilder(b => b
            .UseSetting("GraphQL:Limits:ExecutionTimeout", "00:00:01")
            .ConfigureTestServices(services => services.AddSingleton(interceptor)));
        var client = factory.CreateClient();
        // A new host's first request (schema, JIT) may itself pass the timeout on a busy machine: warm up until one fits.
        for (var attempt = 0; attempt < 5; attempt++)
            if ((await PostAsync(client, "{ kampungKbs(first: 1) { nodes { name } } }")).Response.StatusCode == HttpStatusCode.OK) break;
        arm();

        var clock = Stopwatch.StartNew();
        var (response, body) = await PostAsync(client, "{ kampungKbs(first: 5) { nodes { name } } }");
        return (response, body, clock.Elapsed);
    }

    [Fact(DisplayName = "Past MaxConcurrentRequests a request waits its turn; past MaxQueuedRequests it is 503 SERVER_BUSY with Retry-After; /healthz is never held")]
    public async Task Requests_past_the_concurrency_limit_wait_then_are_refused()
    {
        var gate = new GateInterceptor();
        using var factory = hub.WithWebHostBuilder(b => b
            .UseSetting("GraphQL:Limits:MaxConcurrentRequests", "1")
            .UseSetting("GraphQL:Limits:MaxQueuedRequests", "1")
            .ConfigureTestServices(services => services.AddSingleton<IInterceptor>(gate)));
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, "{ __typename }")).Response.StatusCode);
        gate.Armed = true;

        // The first holds the only permit inside the database; of the next two, one waits and one finds the queue full.
        var running = PostAsync(client, "{ kampungKbs(first: 1) { nodes { name } } }");
        await gate.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var second = PostAsync(client, "{ kampungKbs(first: 2) { nodes { name } } }");
        var third = PostAsync(client, "{ kampungKbs(first: 3) { nodes { name } } }");
        var refused = await await Task.WhenAny(second, third).WaitAsync(TimeSpan.FromSeconds(30));
        var health = await client.GetAsync("/healthz");
        gate.Release();
        var answers = await Task.WhenAll(running, second, third).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.Response.StatusCode);
        Assert.Equal("SERVER_BUSY", (string)refused.Body["errors"]![0]!["extensions"]!["code"]!);
        Assert.Contains("GraphQL:Limits:MaxConcurrentRequests", (string)refused.Body["errors"]![0]!["message"]!);
        Assert.NotNull(refused.Response.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(2, answers.Count(a => a.Response.StatusCode == HttpStatusCode.OK && a.Body["errors"] is null));
    }

    [Fact(DisplayName = "A cancelled token interrupts a SQLite statement that is already running")]
    public async Task Cancellation_interrupts_a_running_sqlite_statement()
    {
        await using var scope = hub.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KampungKB.Graph.Data.KampungKbDbContext>();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        // Minutes of work in one step: Microsoft.Data.Sqlite alone would not look at the token until it ends.
        const string endless = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000000000) SELECT count(*) AS \"Value\" FROM n";

        var clock = Stopwatch.StartNew();
        var error = await Record.ExceptionAsync(() => db.Database.SqlQueryRaw<long>(endless).ToListAsync(deadline.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"Stopped after {clock.Elapsed}.");
        Assert.True(error is OperationCanceledException or Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 9 }, error?.ToString() ?? "No error.");
    }

    [Fact(DisplayName = "Past the rate limit /graphql answers 429 RATE_LIMITED with Retry-After; other keys and /healthz are not limited")]
    public async Task Rate_limit_answers_429()
    {
        var keyA = await hub.CreateKeyAsync(HubRole.Viewer);
        var keyB = await hub.CreateKeyAsync(HubRole.Viewer);
        using var factory = hub.WithWebHostBuilder(b => b
            .UseSetting("GraphQL:RateLimit:Enabled", "true")
            .UseSetting("GraphQL:RateLimit:PermitLimit", "2")
            .UseSetting("GraphQL:RateLimit:Window", "00:01:00"));
        var client = factory.CreateClient();

        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, "{ __typename }", bearer: keyA)).Response.StatusCode);
        var (limited, body) = await PostAsync(client, "{ __typename }", bearer: keyA);
        var (other, _) = await PostAsync(client, "{ __typename }", bearer: keyB);
        var health = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(GraphQLResponse, limited.Content.Headers.ContentType?.MediaType);
        var retryAfter = limited.Headers.RetryAfter?.Delta ?? throw new Xunit.Sdk.XunitException("No Retry-After header.");
        Assert.InRange(retryAfter.TotalSeconds, 1, 60);
        Assert.Equal("RATE_LIMITED", (string)body["errors"]![0]!["extensions"]!["code"]!);
        Assert.Contains("GraphQL:RateLimit", (string)body["errors"]![0]!["message"]!);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
    private static async Task<(HttpResponseMessage Response, JsonNode Body)> PostAsync(HttpClient client, string query, string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(new JsonObject { ["query"] = query }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd(GraphQLResponse);
        if (bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        var response = await client.SendAsync(request);
        return (response, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    /// <summary>Once armed, holds every database command until its cancellation token fires, and records that it did.</summary>
    // Holds the first command run after arming until released, signalling when it is held.
    private sealed class GateInterceptor : DbCommandInterceptor
    {
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _held;
        public volatile bool Armed;
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Release() => _release.TrySetResult();

        public override async ValueTask<InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(
            System.Data.Common.DbCommand command, CommandEventData eventData, InterceptionResult<System.Data.Common.DbDataReader> result,
            CancellationToken cancellationToken = default)
        {
            if (Armed && Interlocked.Exchange(ref _held, 1) == 0)
            {
                Entered.TrySetResult();
                await _release.Task.WaitAsync(cancellationToken);
            }
            return result;
        }
    }

    // Swaps the armed request's statement for one the database works on for about 40 s: SQLite counting to 300 million
    // (Microsoft.Data.Sqlite ignores the token once a statement runs), PostgreSQL sleeping.
    private sealed class EndlessStatement(DatabaseProvider provider) : DbCommandInterceptor
    {
        public volatile bool Armed;

        public override ValueTask<InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(
            System.Data.Common.DbCommand command, CommandEventData eventData, InterceptionResult<System.Data.Common.DbDataReader> result,
            CancellationToken cancellationToken = default)
        {
            if (Armed)
            {
                command.Parameters.Clear();
                command.CommandText = provider == DatabaseProvider.Postgres ? "SELECT pg_sleep(40)"
                    : "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 300000000) SELECT count(*) FROM c";
            }
            return ValueTask.FromResult(result);
        }
    }

    private sealed class StallingInterceptor : DbCommandInterceptor
    {
        public volatile bool Armed;
        public volatile bool Cancelled;

        public override async ValueTask<InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(
            System.Data.Common.DbCommand command, CommandEventData eventData, InterceptionResult<System.Data.Common.DbDataReader> result,
            CancellationToken cancellationToken = default)
        {
            if (Armed)
            {
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    Cancelled = true;
                    throw;
                }
            }
            return result;
        }
    }
}
