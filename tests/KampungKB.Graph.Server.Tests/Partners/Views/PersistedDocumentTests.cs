using System.Security.Cryptography;
using System.Text;
using KampungKB.Graph.Data.Partners;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Server.Tests.Partners.Views;

/// <summary>Documents by <c>documentId</c> (GraphQL.NET's persisted documents on our table) and the per-key saved-only switch.</summary>
public sealed class PersistedDocumentTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Jembrana = "query Jembrana { regency(code: \"51.01\") { name stats { kampungKbCount } } }";

    private static string IdOf(string document) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    private async Task<string> SaveAsync(string document)
    {
        await using var db = hub.OpenDatabase();
        var id = IdOf(document);
        if (!await db.SavedDocuments.AnyAsync(d => d.Hash == id))
        {
            db.SavedDocuments.Add(new SavedDocument { Hash = id, Body = document, SavedBy = "test", SavedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }
        return id;
    }

    [Fact(DisplayName = "A saved document runs by its sha256 documentId, by POST and by GET")]
    public async Task Runs_by_hash()
    {
        var id = await SaveAsync(Jembrana);
        var client = hub.CreateClient();
        var (status, posted) = await client.PostJsonAsync(new { documentId = id });
        var got = System.Text.Json.Nodes.JsonNode.Parse(await client.GetStringAsync("/graphql?documentId=" + Uri.EscapeDataString(id)))!;

        Assert.Equal(200, status);
        Assert.Equal(51, (int)posted["data"]!["regency"]!["stats"]!["kampungKbCount"]!);
        Assert.Equal(posted.ToJsonString(), got.ToJsonString());
    }

    [Fact(DisplayName = "A removed document stops running at once (documents remove deletes its row; the hub keeps no copy)")]
    public async Task Removed_document_is_not_found()
    {
        const string document = "query RemovedSoon { regency(code: \"51.02\") { name } }";
        var id = await SaveAsync(document);
        var client = hub.CreateClient();
        var (before, _) = await client.PostJsonAsync(new { documentId = id });
        await using (var db = hub.OpenDatabase())
            await db.SavedDocuments.Where(d => d.Hash == id).ExecuteDeleteAsync();

        var (after, body) = await client.PostJsonAsync(new { documentId = id });

        Assert.Equal(200, before);
        Assert.Equal(400, after);
        Assert.Equal("DOCUMENT_NOT_FOUND", (string)body["errors"]![0]!["extensions"]!["code"]!);
    }

    [Theory(DisplayName = "An unknown or malformed documentId, or one beside a query, gets GraphQL.NET's coded error")]
    [InlineData("sha256:0000000000000000000000000000000000000000000000000000000000000000", null, "DOCUMENT_NOT_FOUND")]
    [InlineData("sha256:not-hex", null, "DOCUMENT_ID_INVALID")]
    [InlineData("md5:0123", null, "DOCUMENT_ID_INVALID")]
    [InlineData("sha256:0000000000000000000000000000000000000000000000000000000000000000", "{ __typename }", "INVALID_REQUEST")]
    public async Task Unknown_hash_is_coded(string documentId, string? query, string expected)
    {
        var (status, body) = await hub.CreateClient().PostJsonAsync(new { documentId, query });
        Assert.Equal(400, status);
        Assert.Equal(expected, (string)body["errors"]![0]!["extensions"]!["code"]!);
        if (expected == "DOCUMENT_NOT_FOUND") Assert.Contains("documents add", (string)body["errors"]![0]!["message"]!);
    }

    [Fact(DisplayName = "A saved-only key: a free-form query is 403 PERSISTED_DOCUMENT_REQUIRED; by documentId and by view it runs, in its scope")]
    public async Task Saved_only_key()
    {
        var id = await SaveAsync(Jembrana);
        await hub.SaveViewAsync("jembrana-count", "{ kampungKbs { totalCount } }");
        var savedOnly = await hub.ClientWithKeyAsync(HubRole.Viewer, scope: "51.01", savedOnly: true);

        var (refusedStatus, refused) = await savedOnly.PostJsonAsync(new { query = "{ __typename }" });
        using var refusedGet = await savedOnly.GetAsync("/graphql?query=%7B__typename%7D");
        var (byHashStatus, byHash) = await savedOnly.PostJsonAsync(new { documentId = id });
        var byView = System.Text.Json.Nodes.JsonNode.Parse(await savedOnly.GetStringAsync("/views/jembrana-count"))!;

        Assert.Equal(403, refusedStatus);
        Assert.Equal("PERSISTED_DOCUMENT_REQUIRED", (string)refused["errors"]![0]!["extensions"]!["code"]!);
        Assert.Contains("documentId", (string)refused["errors"]![0]!["message"]!);
        var (getStatus, getCode, _) = await TestViews.ErrorOf(refusedGet);
        Assert.Equal((403, "PERSISTED_DOCUMENT_REQUIRED"), (getStatus, getCode));
        Assert.Equal(200, byHashStatus);
        Assert.Equal("Kabupaten Jembrana", (string)byHash["data"]!["regency"]!["name"]!);
        Assert.Equal(51, (int)byView["data"]!["kampungKbs"]!["totalCount"]!);
    }

    [Fact(DisplayName = "A saved mutation sent by documentId over GET is refused (METHOD_NOT_ALLOWED) and changes nothing")]
    public async Task Saved_mutation_is_refused_over_get()
    {
        await hub.SaveViewAsync("kept", "{ __typename }");
        var id = await SaveAsync("mutation Remove { removeView(input: { name: \"kept\" }) { errors { code } } }");
        var admin = await hub.ClientWithKeyAsync(HubRole.Admin);
        using var response = await admin.GetAsync("/graphql?documentId=" + Uri.EscapeDataString(id), accept: "application/graphql-response+json");

        var (status, code, _) = await TestViews.ErrorOf(response);
        Assert.Equal((400, "METHOD_NOT_ALLOWED"), (status, code));
        await using var db = hub.OpenDatabase();
        Assert.True(await db.SavedDocuments.AnyAsync(d => d.Name == "kept"));
    }
}
