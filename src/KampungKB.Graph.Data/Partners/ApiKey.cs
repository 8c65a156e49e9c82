namespace KampungKB.Graph.Data.Partners;

/// <summary>A caller's credential. Only the SHA-256 of the secret is stored; the secret is shown once, at creation.</summary>
public sealed class ApiKey
{
    public int Id { get; set; }
    /// <summary>Who holds the key, unique, e.g. <c>dinas-jembrana</c>.</summary>
    public required string Name { get; set; }
    public HubRole Role { get; set; }
    /// <summary>The region (Kemendagri code) the key is confined to; null for the whole country.</summary>
    public string? RegionScope { get; set; }
    /// <summary>When set, the key may run saved documents (views, persisted documents) only.</summary>
    public bool SavedDocumentsOnly { get; set; }
    /// <summary>Lower-case hex SHA-256 of the secret.</summary>
    public required string SecretHash { get; set; }
    /// <summary>The secret's first characters, to tell keys apart in listings.</summary>
    public required string SecretPrefix { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}
