namespace KampungKB.Graph.Data.Partners;

/// <summary>One change made through the API: who, when, what, and the row before and after (JSON).</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    /// <summary>The API key's name.</summary>
    public required string Actor { get; set; }
    /// <summary>The mutation, e.g. <c>updateKampungKb</c>.</summary>
    public required string Action { get; set; }
    /// <summary>The changed entity's type, e.g. <c>KampungKb</c>.</summary>
    public required string EntityType { get; set; }
    /// <summary>The changed entity's key, e.g. <c>42</c> or <c>42:GATI</c>.</summary>
    public required string EntityKey { get; set; }
    /// <summary>The row before the change as JSON; null when it was created.</summary>
    public string? Before { get; set; }
    /// <summary>The row after the change as JSON; null when it was removed.</summary>
    public string? After { get; set; }
}
