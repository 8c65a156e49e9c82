using KampungKB.Graph.Data.Partners;
using KampungKB.Graph.Server.Partners;

namespace KampungKB.Graph.Server.Tests.Partners;

/// <summary>API keys written straight into a hub's database (as <c>keys create</c> does), and clients that send them.</summary>
public static class TestKeys
{
    /// <summary>Stores a new key and returns its secret.</summary>
    public static async Task<string> CreateKeyAsync(this HubFactory hub, HubRole role, string? scope = null, bool savedOnly = false, string? name = null)
    {
        var secret = ApiKeySecret.New();
        // The hub migrates and seeds its database as it starts; the key goes in after that.
        hub.CreateClient().Dispose();
        await using var db = hub.OpenDatabase();
        db.ApiKeys.Add(new ApiKey
        {
            Name = name ?? $"{role.ToString().ToLowerInvariant()}-{scope ?? "all"}-{Guid.NewGuid():N}",
            Role = role,
            RegionScope = scope,
            SavedDocumentsOnly = savedOnly,
            SecretHash = ApiKeySecret.Hash(secret),
            SecretPrefix = ApiKeySecret.Display(secret),
            CreatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
        return secret;
    }

    /// <summary>A client of the hub that sends <c>Authorization: Bearer</c> with a new key of this role and scope.</summary>
    public static async Task<HttpClient> ClientWithKeyAsync(this HubFactory hub, HubRole role, string? scope = null, bool savedOnly = false)
    {
        var client = hub.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await hub.CreateKeyAsync(role, scope, savedOnly));
        return client;
    }
}
