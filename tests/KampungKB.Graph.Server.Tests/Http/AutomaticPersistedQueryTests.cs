using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using KampungKB.Graph.Data.Partners;
using KampungKB.Graph.Server.Tests.Partners;
using KampungKB.Graph.Server.Tests.Partners.Views;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Server.Tests.Http;

/// <summary>Apollo's automatic persisted queries: a hash alone, the query sent with it when the hub asks for it.</summary>
public sealed class AutomaticPersistedQueryTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static object Extensions(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    private static string ExtensionsParameter(string hash) =>
        Uri.EscapeDataString($$$"""{"persistedQuery":{"version":1,"sha256Hash":"{{{hash}}}"}}""");

    private static async Task<(int Status, JsonNode Body)> PostAsync(HttpClient client, object body, string accept = "application/graphql-response+json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(body) };
        request.Headers.Add("Accept", accept);
        using var response = await client.SendAsync(request);
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private static string Code(JsonNode body) => (string)body["errors"]![0]!["extensions"]!["code"]!;

    [Theory(DisplayName = "An unknown hash is PERSISTED_QUERY_NOT_FOUND with 200 in either media type; sent with its query it runs, and then the hash alone runs it, by POST and GET")]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/json")]
    public async Task Hash_then_query_then_hash(string accept)
    {
        var query = $"query Apq($code: String!) {{ regency(code: $code) {{ name }} }} # {accept}";
        var hash = Sha256(query);
        var client = hub.CreateClient();
        var variables = new { code = "51.01" };

        var (unknownStatus, unknown) = await PostAsync(client, new { extensions = Extensions(hash), variables }, accept);
        var (registeredStatus, registered) = await PostAsync(client, new { query, extensions = Extensions(hash), variables }, accept);
        var (byHashStatus, byHash) = await PostAsync(client, new { extensions = Extensions(hash), variables = new { code = "51.02" } }, accept);
        var byGet = JsonNode.Parse(await client.GetStringAsync(
            $"/graphql?extensions={ExtensionsParameter(hash)}&variables={Uri.EscapeDataString("""{"code":"51.03"}""")}"))!;

        Assert.Equal(200, unknownStatus);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Code(unknown));
        Assert.Equal("PersistedQueryNotFound", (string)unknown["errors"]![0]!["message"]!);
        Assert.Null(unknown["data"]);
        Assert.Equal(200, registeredStatus);
        Assert.Equal("""{"regency":{"name":"Kabupaten Jembrana"}}""", registered["data"]!.ToJsonString());
        Assert.Equal(200, byHashStatus);
        Assert.Equal("""{"regency":{"name":"Kabupaten Tabanan"}}""", byHash["data"]!.ToJsonString());
        Assert.Equal("""{"regency":{"name":"Kabupaten Badung"}}""", byGet["data"]!.ToJsonString());
    }

    [Fact(DisplayName = "A query whose hash does not match is 400 PERSISTED_QUERY_HASH_MISMATCH and is not kept; a refused query is not kept either")]
    public async Task Mismatch_and_invalid_are_not_kept()
    {
        var client = hub.CreateClient();
        const string query = "query Mismatch { province(code: \"51\") { name } }";
        var wrong = Sha256(query + " ");
        const string invalid = "query Invalid { province(code: \"51\") { noSuchField } }";

        var (mismatchStatus, mismatch) = await PostAsync(client, new { query, extensions = Extensions(wrong) });
        var (_, wrongAfter) = await PostAsync(client, new { extensions = Extensions(wrong) });
        var (invalidStatus, refused) = await PostAsync(client, new { query = invalid, extensions = Extensions(Sha256(invalid)) });
        var (_, invalidAfter) = await PostAsync(client, new { extensions = Extensions(Sha256(invalid)) });

        Assert.Equal(400, mismatchStatus);
        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", Code(mismatch));
        Assert.Contains(Sha256(query), (string)mismatch["errors"]![0]!["message"]!);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Code(wrongAfter));
        Assert.Equal(400, invalidStatus);
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", Code(refused));
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Code(invalidAfter));
    }

    [Theory(DisplayName = "A malformed persistedQuery is 400 INVALID_REQUEST, another version 400 PERSISTED_QUERY_NOT_SUPPORTED")]
    [InlineData("""{"persistedQuery": "abc"}""", "INVALID_REQUEST")]
    [InlineData("""{"persistedQuery": {"version": 1}}""", "INVALID_REQUEST")]
    [InlineData("""{"persistedQuery": {"version": 1, "sha256Hash": "not-a-hash"}}""", "INVALID_REQUEST")]
    [InlineData("""{"persistedQuery": {"version": 2, "sha256Hash": "0000000000000000000000000000000000000000000000000000000000000000"}}""", "PERSISTED_QUERY_NOT_SUPPORTED")]
    public async Task Malformed_extension(string extensions, string code)
    {
        var (status, body) = await PostAsync(hub.CreateClient(), new { extensions = JsonNode.Parse(extensions) });

        Assert.Equal(400, status);
        Assert.Equal(code, Code(body));
        Assert.Contains("version", (string)body["errors"]![0]!["message"]!);
    }

    [Fact(DisplayName = "A mutation kept by its hash is refused over GET with METHOD_NOT_ALLOWED")]
    public async Task Mutation_by_hash_over_get()
    {
        var client = await hub.ClientWithKeyAsync(HubRole.Editor);
        const string mutation = "mutation ApqMutation { __typename }";
        var hash = Sha256(mutation);
        var (postStatus, _) = await PostAsync(client, new { query = mutation, extensions = Extensions(hash) });

        using var got = await client.GetAsync("/graphql?extensions=" + ExtensionsParameter(hash));
        var body = JsonNode.Parse(await got.Content.ReadAsStringAsync())!;

        Assert.Equal(200, postStatus);
        Assert.Equal("METHOD_NOT_ALLOWED", Code(body));
    }

    [Fact(DisplayName = "A saved-only key's hash names a saved document only, never a query another caller sent")]
    public async Task Saved_only_key_reads_saved_documents()
    {
        const string saved = "query ApqSaved { regency(code: \"51.01\") { name } }";
        const string sent = "query ApqSent { regency(code: \"51.02\") { name } }";
        await using (var db = hub.OpenDatabase())
        {
            db.SavedDocuments.Add(new SavedDocument { Hash = "sha256:" + Sha256(saved), Body = saved, SavedBy = "test", SavedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }
        await PostAsync(hub.CreateClient(), new { query = sent, extensions = Extensions(Sha256(sent)) });
        var savedOnly = await hub.ClientWithKeyAsync(HubRole.Viewer, savedOnly: true);

        var (savedStatus, bySavedHash) = await PostAsync(savedOnly, new { extensions = Extensions(Sha256(saved)) });
        var (sentStatus, bySentHash) = await PostAsync(savedOnly, new { extensions = Extensions(Sha256(sent)) });
        var (queryStatus, withQuery) = await PostAsync(savedOnly, new { query = sent, extensions = Extensions(Sha256(sent)) });

        Assert.Equal(200, savedStatus);
        Assert.Equal("""{"regency":{"name":"Kabupaten Jembrana"}}""", bySavedHash["data"]!.ToJsonString());
        Assert.Equal(400, sentStatus);
        Assert.Equal("DOCUMENT_NOT_FOUND", Code(bySentHash));
        Assert.Equal(403, queryStatus);
        Assert.Equal("PERSISTED_DOCUMENT_REQUIRED", Code(withQuery));
    }
}
