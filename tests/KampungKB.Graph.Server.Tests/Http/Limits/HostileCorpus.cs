using System.Text;
using System.Text.Json.Nodes;
using KampungKB.Graph.Data.Partners;
using KampungKB.Graph.Server.Tests.Partners;

namespace KampungKB.Graph.Server.Tests.Http.Limits;

/// <summary>One hostile or broken request and what the hub must answer: an error code, or <see cref="HostileCorpus.Data"/> (a plain answer).</summary>
public sealed record HostileRequest(string Name, string Expected, Func<HttpRequestMessage> Build)
{
    /// <summary>The API key the request is sent with (created before the corpus runs); none when null.</summary>
    public CorpusKey? Key { get; init; }

    /// <summary>The <c>Authorization</c> header values made from the key's secret; by default <c>Bearer &lt;secret&gt;</c>.</summary>
    public Func<string, string[]>? Authorization { get; init; }

    /// <summary>For a <see cref="HostileCorpus.Data"/> answer: what its <c>data</c> must show; null when right, else what is wrong.</summary>
    public Func<JsonNode, string?>? Check { get; init; }
}

/// <summary>A key of the corpus: its role, region scope, and whether it has been revoked.</summary>
public sealed record CorpusKey(HubRole Role, string? Scope = null, bool Revoked = false);

/// <summary>Requests an attacker or a broken client sends: each must be answered without a 5xx and, unless it is harmless data, with a code.</summary>
public static class HostileCorpus
{
    /// <summary>Expected when the request is legitimate if odd (e.g. an injection-looking filter value): data and no error.</summary>
    public const string Data = "DATA";

    public static IReadOnlyList<HostileRequest> All { get; } =
    [
        // Nesting
        Post("braces nested 10,000 deep", "SYNTAX_ERROR", new string('{', 10_000) + new string('}', 10_000)),
        Post("fields nested 10,000 deep", "QUERY_TOO_DEEP", string.Concat(Enumerable.Repeat("{ a ", 10_000)) + new string('}', 10_000)),
        Post("fields nested 30 deep through parents", "QUERY_TOO_DEEP",
            "{ village(code: \"51.01.01.2001\") { " + string.Concat(Enumerable.Repeat("district { regency { province { regencies { districts { villages { ", 5)) +
            "code" + new string('}', 30) + " } }"),
        Post("introspection __type nested through ofType 40 deep", "QUERY_TOO_DEEP",
            "{ __type(name: \"Query\") { " + string.Concat(Enumerable.Repeat("ofType { ", 40)) + "name" + new string('}', 40) + " } }"),
        Post("introspection fields/type cycles", "QUERY_TOO_DEEP",
            "{ __schema { types { " + string.Concat(Enumerable.Repeat("fields { type { ", 10)) + "name" + new string('}', 20) + " } } }"),
        Post("where nested 200 levels of and", "QUERY_TOO_DEEP",
            "{ villages(where: " + string.Concat(Enumerable.Repeat("{ and: [", 200)) + "{ code: { eq: \"x\" } }" + string.Concat(Enumerable.Repeat("] }", 200)) + ") { totalCount } }"),
        Body("variables JSON nested 5,000 deep", "INVALID_JSON",
            "{\"query\": \"query($w: VillageFilterInput) { villages(where: $w) { totalCount } }\", \"variables\": {\"w\": " + new string('[', 5000) + new string(']', 5000) + "}}"),

        // Aliases, fields, fragments
        Post("alias bomb: 10,000 aliases of __typename", "TOO_MANY_ALIASES",
            "{ " + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"a{i}: __typename ")) + "}"),
        Post("alias bomb on a 1,000-row list", "TOO_MANY_ALIASES",
            "{ " + string.Concat(Enumerable.Range(0, 200).Select(i => $"k{i}: kampungKbs(first: 1000) {{ nodes {{ name }} }} ")) + "}"),
        Post("100 aliases of the largest page", "QUERY_TOO_COMPLEX",
            "{ " + string.Concat(Enumerable.Range(0, 100).Select(i => $"k{i}: kampungKbs(first: 1000) {{ nodes {{ id name hasRumahDataKu village {{ name district {{ name }} }} }} }} ")) + "}"),
        Post("20,000 repeated fields", "TOO_MANY_FIELDS", "{ " + string.Concat(Enumerable.Repeat("__typename ", 20_000)) + "}"),
        Post("80,000 repeated fields (quadratic to validate)", "TOO_MANY_FIELDS", "{ " + string.Concat(Enumerable.Repeat("__typename ", 80_000)) + "}"),
        Post("100,000 spreads of one fragment", "TOO_MANY_FIELDS",
            "{ " + string.Concat(Enumerable.Repeat("...F ", 100_000)) + "} fragment F on Query { " + string.Concat(Enumerable.Repeat("__typename ", 1_000)) + "}"),
        Post("1,000 one-field fragments (pairwise to validate)", "TOO_MANY_FRAGMENTS",
            "{ " + string.Concat(Enumerable.Range(0, 1_000).Select(i => $"...F{i} ")) + "} " + string.Concat(Enumerable.Range(0, 1_000).Select(i => $"fragment F{i} on Query {{ __typename }} "))),
        Post("fragment cycle", "NO_FRAGMENT_CYCLES", "query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }"),
        Post("fragment spreading itself", "NO_FRAGMENT_CYCLES", "query { ...A } fragment A on Query { __typename ...A }"),
        Post("fragment fan-out (billion laughs) through introspection", "QUERY_TOO_COMPLEX",
            "{ __schema { types { ...T8 } } } fragment T0 on __Type { name } " +
            string.Concat(Enumerable.Range(1, 8).Select(i => $"fragment T{i} on __Type {{ interfaces {{ ...T{i - 1} }} possibleTypes {{ ...T{i - 1} }} ofType {{ ...T{i - 1} }} }} "))),
        Post("fragment on an unknown type", "KNOWN_TYPE_NAMES", "query { ...X } fragment X on NoSuchType { a }"),
        Post("unused fragment", "NO_UNUSED_FRAGMENTS", "query { __typename } fragment X on Query { __typename }"),
        Post("1,000 directives on one field", "UNIQUE_DIRECTIVES_PER_LOCATION",
            "{ __typename " + string.Concat(Enumerable.Repeat("@skip(if: false) ", 1000)) + "}"),

        // Sizes of lists and pages
        Variables("in list of 100,000 codes", "LIST_TOO_LONG", "query($c: [String!]) { villages(where: { code: { in: $c } }) { totalCount } }",
            new JsonObject { ["c"] = new JsonArray(Enumerable.Range(0, 100_000).Select(i => (JsonNode)JsonValue.Create($"x{i}")!).ToArray()) },
            acceptDataOrCodes: ["REQUEST_TOO_LARGE"]),
        Post("in list of 50,000 literals", "LIST_TOO_LONG",
            "{ villages(where: { code: { in: [" + string.Join(",", Enumerable.Range(0, 50_000).Select(i => $"\"{i}\"")) + "] } }) { totalCount } }",
            acceptDataOrCodes: ["REQUEST_TOO_LARGE"]),
        Post("first: 1,000,000", "PAGE_SIZE_TOO_LARGE", "{ kampungKbs(first: 1000000) { nodes { name } } }"),
        Post("first: -1", "INVALID_PAGING_ARGUMENTS", "{ kampungKbs(first: -1) { nodes { name } } }"),
        Post("take: int.MaxValue, skip: int.MaxValue", "PAGE_SIZE_TOO_LARGE", "{ kampungKbTable(skip: 2147483647, take: 2147483647) { items { name } } }"),
        Post("nested first: 1,000,000", "PAGE_SIZE_TOO_LARGE", "{ province(code: \"51\") { regencies(first: 1000000) { name } } }"),
        Post("numeric overflow in an Int literal", "ARGUMENTS_OF_CORRECT_TYPE", "{ kampungKbs(first: 99999999999999999999) { nodes { name } } }"),
        Variables("numeric overflow in an Int variable", "INVALID_VARIABLES", "query($n: Int) { kampungKbs(first: $n) { nodes { name } } }",
            new JsonObject { ["n"] = JsonNode.Parse("1e400") }, acceptDataOrCodes: ["INVALID_JSON"]),
        Post("nodes(ids:) with 5,000 garbage ids", "LIST_TOO_LONG",
            "{ nodes(ids: [" + string.Join(",", Enumerable.Range(0, 5000).Select(i => $"\"bad{i}\"")) + "]) { id } }", acceptDataOrCodes: ["TOO_MANY_IDS"]),

        // Injection-looking values are data
        Post("SQL injection in eq", Data, "{ villages(where: { name: { eq: \"'; DROP TABLE Villages; --\" } }) { totalCount nodes { code } } }"),
        Post("SQL injection in contains", Data, "{ villages(where: { name: { contains: \"%' OR '1'='1\" } }) { totalCount } }"),
        Post("SQL injection in in", Data, "{ villages(where: { code: { in: [\"51' OR 1=1 --\", \"\\\"; DELETE FROM KampungKbs; --\"] } }) { totalCount } }"),
        Post("SQL injection in a code argument", Data, "{ village(code: \"51.01' UNION SELECT name FROM sqlite_master --\") { name } }"),
        Post("LIKE wildcards in startsWith", Data, "{ villages(where: { code: { startsWith: \"%_%\" } }) { totalCount } }"),
        Variables("SQL injection in a variable", Data, "query($n: String) { kampungKbs(where: { name: { eq: $n } }) { totalCount } }",
            new JsonObject { ["n"] = "x'); DROP TABLE KampungKbs; --" }),
        Post("injection in order direction", "ARGUMENTS_OF_CORRECT_TYPE", "{ villages(order: [{ name: \"ASC; DROP TABLE Villages\" }]) { totalCount } }"),

        // Broken bytes and strings
        Raw("invalid UTF-8 body", "INVALID_JSON", "application/json", [.. "{\"query\": \"{ __typename }\", \"x\": \""u8, 0xC3, 0x28, 0xFF, .. "\"}"u8]),
        Raw("UTF-16 body", "UNSUPPORTED_MEDIA_TYPE", "application/json; charset=utf-16", Encoding.Unicode.GetBytes("{\"query\": \"{ __typename }\"}")),
        Get("invalid UTF-8 in the query string", "SYNTAX_ERROR", "?query=%7B%20%FF%FE%20%7D", acceptDataOrCodes: ["INVALID_REQUEST", "INVALID_JSON"]),
        Post("null byte in a filter string", Data, "{ villages(where: { name: { eq: \"a\\u0000b\" } }) { totalCount } }"),
        Post("raw null byte in the document", "SYNTAX_ERROR", "{ __typename \0 }"),
        Post("500,000-character filter string", Data, "{ villages(where: { name: { contains: \"" + new string('a', 500_000) + "\" } }) { totalCount } }"),
        Body("lone surrogate escape in a variable", "INVALID_JSON", "{\"query\": \"query($s: String) { __typename }\", \"variables\": {\"s\": \"\\ud83d\"}}"),
        Post("right-to-left override and emoji in a filter", Data, "{ villages(where: { name: { eq: \"\u202Egnp.exe 😀\" } }) { totalCount } }"),

        // Wrong variables and operations
        Variables("string for an Int variable", "INVALID_VARIABLES", "query($n: Int) { kampungKbs(first: $n) { nodes { name } } }", new JsonObject { ["n"] = "ten" }),
        Variables("float for an Int variable", "INVALID_VARIABLES", "query($n: Int) { kampungKbs(first: $n) { nodes { name } } }", new JsonObject { ["n"] = 1.5 }),
        Variables("object for a String variable", "INVALID_VARIABLES", "query($c: String!) { village(code: $c) { name } }", new JsonObject { ["c"] = new JsonObject { ["x"] = 1 } }),
        Variables("missing required variable", "INVALID_VARIABLES", "query($c: String!) { village(code: $c) { name } }", new JsonObject()),
        Variables("unknown enum value in a variable", "INVALID_VARIABLES", "query($k: [KampungKbSortInput!]) { kampungKbs(order: $k) { totalCount } }",
            new JsonObject { ["k"] = new JsonArray(new JsonObject { ["name"] = "SIDEWAYS" }) }),
        Post("undefined variable", "NO_UNDEFINED_VARIABLES", "{ village(code: $nope) { name } }"),
        Post("unknown field", "FIELDS_ON_CORRECT_TYPE", "{ villages { nodes { password } } }"),
        Post("unknown root type in an inline fragment", "KNOWN_TYPE_NAMES", "{ ... on Admin { secrets } }"),
        Body("duplicate operation names", "UNIQUE_OPERATION_NAMES", "{\"query\": \"query A { __typename } query A { __typename }\", \"operationName\": \"A\"}"),
        Body("operation name that does not exist", "OPERATION_NOT_FOUND", "{\"query\": \"query A { __typename }\", \"operationName\": \"B\"}"),
        Post("two operations and no operation name", "NO_OPERATION_NAME", "query A { __typename } query B { __typename }",
            acceptDataOrCodes: ["OPERATION_NOT_FOUND", "LONE_ANONYMOUS_OPERATION"]),
        Post("mutation the schema does not have", "OPERATION_NOT_SUPPORTED", "mutation { deleteEverything }", acceptDataOrCodes: ["KNOWN_TYPE_NAMES", "FIELDS_ON_CORRECT_TYPE"]),
        Post("subscription the schema does not have", "OPERATION_NOT_SUPPORTED", "subscription { villages { code } }", acceptDataOrCodes: ["FIELDS_ON_CORRECT_TYPE"]),
        Get("mutation over GET", "METHOD_NOT_ALLOWED", "?query=" + Uri.EscapeDataString("mutation { x }")),
        Post("anonymous mutation", "AUTH_NOT_AUTHORIZED",
            "mutation { createKampungKb(input: { villageCode: \"51.01.01.2001\", name: \"'); DROP TABLE \\\"KampungKbs\\\"; --\", declaredOn: \"2025-01-01\" }) { errors { code } } }"),
        Post("mutation input of the wrong types", "ARGUMENTS_OF_CORRECT_TYPE",
            "mutation { recordObservations(input: { observations: [{ kampungKbId: true, indicatorCode: 5, period: null, value: \"NaN\" }] }) { created } }"),
        Post("anonymous batch of 5,000 observations", "LIST_TOO_LONG",
            "mutation { recordObservations(input: { observations: [" + string.Join(",", Enumerable.Repeat("{ kampungKbId: 1, indicatorCode: \"KOPERASI_MEMBERS\", period: \"2025-01\", value: 1 }", 5_000)) + "] }) { created } }"),
        Post("garbage cursor", "INVALID_CURSOR", "{ kampungKbs(first: 5, after: \"!!not-a-cursor!!\") { nodes { name } } }"),
        Post("garbage node id", "INVALID_ID", "{ node(id: \"' OR 1=1 --\") { id } }"),

        // Authentication: whatever is not a valid key of this hub is 401 AUTH_INVALID_KEY, never anonymous access
        Authorized("garbage bearer token", "AUTH_INVALID_KEY", "Bearer garbage"),
        Authorized("10 KB bearer token", "AUTH_INVALID_KEY", "Bearer " + new string('k', 10_240)),
        Authorized("SQL-looking bearer token", "AUTH_INVALID_KEY", "Bearer ' OR 1=1; DROP TABLE \"ApiKeys\"; --"),
        Authorized("key-shaped SQL-looking bearer token", "AUTH_INVALID_KEY", "Bearer kkb_'OR''='--" + new string('A', 34)),
        Authorized("Authorization: Basic", "AUTH_INVALID_KEY", "Basic " + Convert.ToBase64String("admin:admin"u8)),
        Authorized("Bearer without a token", "AUTH_INVALID_KEY", "Bearer "),
        Authorized("two garbage Authorization headers", "AUTH_INVALID_KEY", "Bearer a", "Bearer b"),
        Authorized("garbage bearer on introspection", "AUTH_INVALID_KEY", "Bearer x") with
        {
            Build = () => WithAuthorization(Post("", "", "{ __schema { types { name } } }").Build(), "Bearer x"),
        },
        new("garbage bearer over GET", "AUTH_INVALID_KEY", () => WithAuthorization(Message(HttpMethod.Get, "/graphql?query=%7B__typename%7D", null), "Bearer x")),
        Post("valid key sent twice", "AUTH_INVALID_KEY", Count) with { Key = ViewerKey, Authorization = s => [$"Bearer {s}", $"Bearer {s}"] },
        Post("valid key in the Basic scheme", "AUTH_INVALID_KEY", Count) with
        {
            Key = ViewerKey, Authorization = s => ["Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(s + ":"))],
        },
        Post("valid key followed by junk", "AUTH_INVALID_KEY", Count) with { Key = ViewerKey, Authorization = s => [$"Bearer {s}' OR '1'='1"] },
        Post("revoked admin key", "AUTH_INVALID_KEY", Count) with { Key = RevokedKey },
        Post("anonymous request for the PLKB's contact", "AUTH_NOT_AUTHORIZED", "{ kampungKbs(first: 2) { nodes { profiles(first: 1) { plkbContact } } } }"),
        Post("viewer key for the PLKB's name through a fragment and an alias", "AUTH_NOT_AUTHORIZED",
            "{ kampungKbs(first: 2) { nodes { profiles(first: 1) { ...F } } } } fragment F on KampungKbProfile { n: plkbName }") with { Key = ViewerKey },

        // A key scoped to Jembrana (51.01) reaches nothing outside it, however the filter is put
        Scoped("scoped key: villageCode startsWith 51.02", """{ kampungKbs(where: { villageCode: { startsWith: "51.02" } }) { totalCount } }""",
            d => Expect(d["kampungKbs"]!["totalCount"], 0)),
        Scoped("scoped key: Tabanan by regency name", """{ kampungKbs(where: { village: { district: { regency: { name: { eq: "Kabupaten Tabanan" } } } } }) { totalCount } }""",
            d => Expect(d["kampungKbs"]!["totalCount"], 0)),
        Scoped("scoped key: or-ing Tabanan into the filter", """{ kampungKbs(where: { or: [{ villageCode: { startsWith: "51.01." } }, { villageCode: { startsWith: "51.02." } }] }) { totalCount } }""",
            d => Expect(d["kampungKbs"]!["totalCount"], 51)),
        Scoped("scoped key: a prefix wider than the scope", """{ villages(where: { code: { startsWith: "51.0" } }) { totalCount } }""",
            d => Expect(d["villages"]!["totalCount"], 51)),
        Scoped("scoped key: LIKE wildcard as the prefix", """{ villages(where: { code: { startsWith: "%" } }) { totalCount } kampungKbs(where: { villageCode: { contains: "_" } }) { totalCount } }""",
            d => Expect(d["villages"]!["totalCount"], 0) ?? Expect(d["kampungKbs"]!["totalCount"], 0)),
        Scoped("scoped key: injection in eq", """{ kampungKbs(where: { villageCode: { eq: "51.01' OR '1'='1" } }) { totalCount } }""",
            d => Expect(d["kampungKbs"]!["totalCount"], 0)),
        Scoped("scoped key: injection in in", """{ villages(where: { code: { in: ["51.02.01.2001", "51.01') OR 1=1 --", "%"] } }) { totalCount } }""",
            d => Expect(d["villages"]!["totalCount"], 0)),
        Scoped("scoped key: injection closing the scope's parenthesis", """{ kampungKbs(where: { name: { contains: "x') OR (1=1" }, villageCode: { nstartsWith: "51.01" } }) { totalCount } }""",
            d => Expect(d["kampungKbs"]!["totalCount"], 0)),
        Scoped("scoped key: regency(code: 51.02)", """{ regency(code: "51.02") { code } district(code: "51.02.01") { code } }""",
            d => d["regency"] is null && d["district"] is null ? null : "a Tabanan region was answered"),
        Scoped("scoped key: node(id:) of Tabanan", "{ node(id: \"" + OutsideScope.GlobalId("Regency", "51.02") + "\") { id } nodes(ids: [\"" +
            OutsideScope.GlobalId("District", "51.02.01") + "\", \"" + OutsideScope.GlobalId("Regency", "51.71") + "\"]) { id } }",
            d => d["node"] is null && d["nodes"]!.AsArray().All(n => n is null) ? null : "a node outside the scope was answered"),
        Scoped("scoped key: provinces having Tabanan", """{ provinces(where: { regencies: { some: { code: { eq: "51.02" } } } }) { totalCount } }""",
            d => Expect(d["provinces"]!["totalCount"], 0)),
        Scoped("scoped key: aggregate of Tabanan", """{ kampungKbAggregate(where: { villageCode: { startsWith: "51.02" } }) { count } }""",
            d => Expect(d["kampungKbAggregate"]![0]!["count"], 0)),
        Scoped("scoped key: indicator series of Tabanan", """{ indicatorSeries(indicator: "STUNTING_PREVALENCE", where: { villageCode: { startsWith: "51.02" } }, groupBy: REGENCY) { regionCode } }""",
            d => Expect(d["indicatorSeries"]!.AsArray().Count, 0)),
        Scoped("scoped key: Bali's stats", """{ province(code: "51") { stats { kampungKbCount } } indonesiaStats { kampungKbCount } }""",
            d => Expect(d["province"]!["stats"]!["kampungKbCount"], 51) ?? Expect(d["indonesiaStats"]!["kampungKbCount"], 51)),

        // Transport
        Body("batching array", "INVALID_REQUEST", "[{\"query\": \"{ __typename }\"}, {\"query\": \"{ __typename }\"}]"),
        Body("query as a number", "INVALID_REQUEST", "{\"query\": 42}"),
        Body("query null", "QUERY_MISSING", "{\"query\": null}"),
        Body("empty body", "INVALID_JSON", ""),
        Body("truncated JSON", "INVALID_JSON", "{\"query\": \"{ __typename }"),
        Body("prototype-pollution keys", Data, "{\"query\": \"{ __typename }\", \"__proto__\": {\"admin\": true}, \"constructor\": {}}"),
        Raw("2 MiB body", "REQUEST_TOO_LARGE", "application/json", Encoding.UTF8.GetBytes("{\"query\": \"{ __typename }\", \"pad\": \"" + new string('x', 2 * 1024 * 1024) + "\"}")),
        new("2 MiB chunked body without Content-Length", "REQUEST_TOO_LARGE", () => new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StreamContent(new ChunkedStream(Encoding.UTF8.GetBytes("{\"query\": \"{ __typename }\", \"pad\": \"" + new string('x', 2 * 1024 * 1024) + "\"}")))
            {
                Headers = { ContentType = new("application/json") },
            },
        }),
        Raw("text/plain body", "UNSUPPORTED_MEDIA_TYPE", "text/plain", Encoding.UTF8.GetBytes("{ __typename }")),
        new("Accept: image/png", "NOT_ACCEPTABLE", () =>
        {
            var request = Post("", "", "{ __typename }").Build();
            request.Headers.Accept.Clear();
            request.Headers.Accept.ParseAdd("image/png");
            return request;
        }),
        new("DELETE /graphql", "METHOD_NOT_ALLOWED", () => new HttpRequestMessage(HttpMethod.Delete, "/graphql")),
    ];

    private const string Count = "{ kampungKbs { totalCount } }";

    private static CorpusKey ViewerKey => new(HubRole.Viewer);
    private static CorpusKey JembranaKey => new(HubRole.Viewer, "51.01");
    private static CorpusKey RevokedKey => new(HubRole.Admin, Revoked: true);

    // A plain query sent with these Authorization header values.
    private static HostileRequest Authorized(string name, string expected, params string[] authorization) =>
        new(name, expected, () => WithAuthorization(Post("", "", Count).Build(), authorization));

    private static HttpRequestMessage WithAuthorization(HttpRequestMessage request, params string[] authorization)
    {
        if (!request.Headers.TryAddWithoutValidation("Authorization", authorization)) throw new InvalidOperationException("Authorization not added.");
        return request;
    }

    // A query a Jembrana-scoped key sends: data, which must show nothing of other kab/kota.
    private static HostileRequest Scoped(string name, string query, Func<JsonNode, string?> check) =>
        Post(name, Data, query) with { Key = JembranaKey, Check = check };

    private static string? Expect(JsonNode? actual, int expected) =>
        actual is not null && (int)actual == expected ? null : $"{expected} expected, {actual?.ToJsonString() ?? "null"} found";

    private static string? Expect(int actual, int expected) => actual == expected ? null : $"{expected} expected, {actual} found";

    private static HttpRequestMessage Message(HttpMethod method, string uri, HttpContent? content)
    {
        var request = new HttpRequestMessage(method, uri) { Content = content };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        return request;
    }

    private static HostileRequest Post(string name, string expected, string query, string[]? acceptDataOrCodes = null) =>
        new(name, Join(expected, acceptDataOrCodes), () => Message(HttpMethod.Post, "/graphql",
            new StringContent(new JsonObject { ["query"] = query }.ToJsonString(), Encoding.UTF8, "application/json")));

    private static HostileRequest Variables(string name, string expected, string query, JsonObject variables, string[]? acceptDataOrCodes = null) =>
        new(name, Join(expected, acceptDataOrCodes), () => Message(HttpMethod.Post, "/graphql",
            new StringContent(new JsonObject { ["query"] = query, ["variables"] = variables.DeepClone() }.ToJsonString(), Encoding.UTF8, "application/json")));

    private static HostileRequest Body(string name, string expected, string json) =>
        new(name, expected, () => Message(HttpMethod.Post, "/graphql", new StringContent(json, Encoding.UTF8, "application/json")));

    private static HostileRequest Raw(string name, string expected, string contentType, byte[] body) =>
        new(name, expected, () => Message(HttpMethod.Post, "/graphql", new ByteArrayContent(body) { Headers = { { "Content-Type", contentType } } }));

    private static HostileRequest Get(string name, string expected, string queryString, string[]? acceptDataOrCodes = null) =>
        new(name, Join(expected, acceptDataOrCodes), () => Message(HttpMethod.Get, "/graphql" + queryString, null));

    // Where the hub may reasonably answer in more than one way, the alternatives follow the preferred code after '|'.
    private static string Join(string expected, string[]? alternatives) =>
        alternatives is null ? expected : string.Join('|', [expected, .. alternatives]);

    /// <summary>A body of unknown length, so the client sends it chunked.</summary>
    private sealed class ChunkedStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
