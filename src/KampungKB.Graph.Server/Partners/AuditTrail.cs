using System.Text.Json;
using System.Text.Json.Serialization;
using KampungKB.Graph.Data;
using KampungKB.Graph.Data.Partners;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Server.Partners;

/// <summary>Writes <see cref="AuditEntry"/> rows: who changed which row, and the row's stored columns before and after, as JSON.</summary>
internal static class AuditTrail
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The stored columns of <paramref name="entity"/> (tracked or not) as a JSON object, e.g. <c>{"Id":42,"Name":"..."}</c>.</summary>
    public static string Snapshot(DbContext db, object entity) =>
        JsonSerializer.Serialize(db.Entry(entity).Properties.ToDictionary(p => p.Metadata.Name, p => p.CurrentValue), Json);

    /// <summary>Adds the entry to the context (saved with the change, in its transaction); a change that changed nothing leaves no entry.</summary>
    public static void Record(KampungKbDbContext db, string actor, string action, string entityType, string entityKey, string? before, string? after)
    {
        if (before == after) return;
        db.AuditLog.Add(new AuditEntry
        {
            At = DateTime.UtcNow,
            Actor = actor,
            Action = action,
            EntityType = entityType,
            EntityKey = entityKey,
            Before = before,
            After = after,
        });
    }
}
