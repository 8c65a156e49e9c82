namespace KampungKB.Graph.Data.Partners;

/// <summary>A GraphQL document kept by the hub: a persisted document (by hash) and, when named, a custom view.</summary>
public sealed class SavedDocument
{
    public int Id { get; set; }
    /// <summary><c>sha256:</c> followed by the lower-case hex SHA-256 of <see cref="Body"/> (UTF-8).</summary>
    public required string Hash { get; set; }
    /// <summary>The view name served at <c>/views/{name}</c>; null for an unnamed persisted document.</summary>
    public string? Name { get; set; }
    public required string Body { get; set; }
    /// <summary>Who saved it: an API key's name, or <c>cli</c>.</summary>
    public required string SavedBy { get; set; }
    public DateTime SavedAt { get; set; }
}
