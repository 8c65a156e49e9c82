using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace KampungKB.Graph.Server.Tests;

/// <summary>Posts GraphQL to the hub's real <c>/graphql</c> endpoint and reads the JSON answer.</summary>
public static class GraphQLClient
{
    /// <summary>
    /// Runs <paramref name="query"/> (its operation <paramref name="operationName"/> when it has several) and returns the whole
    /// response body; fails the test on a non-2xx status unless told not to.
    /// </summary>
    public static async Task<JsonNode> GraphQLAsync(this HttpClient client, string query, object? variables = null,
        IReadOnlyDictionary<string, string>? headers = null, bool expectSuccess = true, string? operationName = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, operationName, variables }),
        };
        request.Headers.Add("Accept", "application/graphql-response+json");
        foreach (var (name, value) in headers ?? new Dictionary<string, string>()) request.Headers.Add(name, value);
        using var response = await client.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        if (expectSuccess) Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {body}");
        return body;
    }

    /// <summary>Runs <paramref name="query"/> with <c>GraphQL-Diagnostics: sql</c>; returns <c>data</c> and the SQL statements it ran.</summary>
    public static async Task<(JsonNode Data, IReadOnlyList<string> Statements)> DataWithSqlAsync(this HttpClient client, string query, object? variables = null)
    {
        var body = await client.GraphQLAsync(query, variables, new Dictionary<string, string> { ["GraphQL-Diagnostics"] = "sql" });
        Assert.True(body["errors"] is null, $"GraphQL errors: {body["errors"]}");
        var diagnostics = body["extensions"]?["diagnostics"] ?? throw new Xunit.Sdk.XunitException("No extensions.diagnostics in the response.");
        return (body["data"]!, diagnostics["statements"]!.AsArray().Select(s => (string)s!["sql"]!).ToList());
    }

    /// <summary>Runs <paramref name="query"/> and returns <c>data</c>, failing the test when the response has errors.</summary>
    public static async Task<JsonNode> DataAsync(this HttpClient client, string query, object? variables = null)
    {
        var body = await client.GraphQLAsync(query, variables);
        Assert.True(body["errors"] is null, $"GraphQL errors: {body["errors"]}");
        return body["data"]!;
    }
}
