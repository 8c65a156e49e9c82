using System.Net;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using KampungKB.Graph.Data;
using KampungKB.Graph.Server.Tests.Partners;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Server.Tests.Http.Limits;

/// <summary>The hostile corpus through HTTP: no 5xx, every error coded, the hub healthy and the database unchanged afterwards.</summary>
public sealed class HostileRequestTests(HubFactory hub) : IClassFixture<HubFactory>
{
    public static TheoryData<string> Names => [.. HostileCorpus.All.Select(r => r.Name)];

    [Fact(DisplayName = "The corpus holds at least 40 requests with distinct names")]
    public void Corpus_is_large_enough()
    {
        Assert.True(HostileCorpus.All.Count >= 40, $"{HostileCorpus.All.Count} requests.");
        Assert.Equal(HostileCorpus.All.Count, HostileCorpus.All.Select(r => r.Name).Distinct().Count());
    }

    [Theory(DisplayName = "A hostile request gets no 5xx and its expected answer")]
    [MemberData(nameof(Names))]
    public async Task Hostile_request_is_answered(string name)
    {
        var keys = await KeysAsync(hub);
        var failure = await CheckAsync(hub.CreateClient(), HostileCorpus.All.Single(r => r.Name == name), keys);

        Assert.True(failure is null, failure);
    }

    [Fact(DisplayName = "After the whole corpus the hub is healthy and ready, and no table changed")]
    public async Task Corpus_leaves_hub_healthy_and_database_unchanged()
    {
        var client = hub.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        // The corpus's keys exist before the fingerprint: what follows must change no row, keys included.
        var keys = await KeysAsync(hub);
        var before = await DatabaseFingerprintAsync(hub);

        var failures = new List<string>();
        foreach (var request in HostileCorpus.All)
            if (await CheckAsync(client, request, keys) is { } failure) failures.Add(failure);

        Assert.Empty(failures);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        Assert.Equal("Bali", (string)(await client.DataAsync("{ province(code: \"51\") { name } }"))["province"]!["name"]!);
        Assert.Equal(before, await DatabaseFingerprintAsync(hub));
    }

    // The secrets of the corpus's keys in this hub's database, created once per hub.
    private static readonly ConditionalWeakTable<HubFactory, Task<Dictionary<CorpusKey, string>>> Keys = [];

    private static Task<Dictionary<CorpusKey, string>> KeysAsync(HubFactory hub) =>
        Keys.GetValue(hub, async hub =>
        {
            var keys = new Dictionary<CorpusKey, string>();
            foreach (var key in HostileCorpus.All.Select(r => r.Key).OfType<CorpusKey>().Distinct())
            {
                var name = $"corpus-{keys.Count}";
                keys[key] = await hub.CreateKeyAsync(key.Role, key.Scope, name: name);
                if (!key.Revoked) continue;
                await using var db = hub.OpenDatabase();
                await db.ApiKeys.Where(k => k.Name == name).ExecuteUpdateAsync(k => k.SetProperty(x => x.RevokedAt, DateTime.UtcNow));
            }
            return keys;
        });

    // Null when the answer is as expected, else what was wrong with it.
    private static async Task<string?> CheckAsync(HttpClient client, HostileRequest hostile, Dictionary<CorpusKey, string> keys)
    {
        using var request = hostile.Build();
        if (hostile.Key is { } key)
        {
            var secret = keys[key];
            request.Headers.TryAddWithoutValidation("Authorization", hostile.Authorization?.Invoke(secret) ?? [$"Bearer {secret}"]);
        }
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        var shown = text.Length > 300 ? text[..300] + "..." : text;
        if (status >= 500) return $"{hostile.Name}: HTTP {status}: {shown}";
        JsonNode? body;
        try { body = JsonNode.Parse(text); }
        catch (System.Text.Json.JsonException) { return $"{hostile.Name}: HTTP {status}, not JSON: {shown}"; }

        var expected = hostile.Expected.Split('|');
        if (body?["errors"] is not JsonArray { Count: > 0 } errors)
            return !expected.Contains(HostileCorpus.Data) || status != 200 || body?["data"] is not JsonObject data
                ? $"{hostile.Name}: HTTP {status} without errors, expected {hostile.Expected}: {shown}"
                : hostile.Check?.Invoke(data) is { } wrong ? $"{hostile.Name}: {wrong}: {shown}" : null;
        var codes = errors.Select(e => (string?)e?["extensions"]?["code"]).ToList();
        if (codes.Any(string.IsNullOrEmpty)) return $"{hostile.Name}: an error without extensions.code: {shown}";
        if (!expected.Contains(codes[0])) return $"{hostile.Name}: HTTP {status} {codes[0]}, expected {hostile.Expected}: {shown}";
        return null;
    }

    // A SHA-256 over every row of every table: any insert, update or delete changes it.
    private static async Task<string> DatabaseFingerprintAsync(HubFactory hub) =>
        Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(await DatabaseContents.TextAsync(hub))));
}
