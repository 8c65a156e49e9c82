using GraphQL;
using KampungKB.Graph.Data;
using KampungKB.Graph.Server.Partners;

namespace KampungKB.Graph.Server.Mutations;

/// <summary>What a mutation handler works with: the field's context, the request's (region-scoped) DbContext inside the
/// open transaction, the input, and the audit trail.</summary>
internal sealed class MutationContext(IResolveFieldContext field, KampungKbDbContext db, InputReader input)
{
    public IResolveFieldContext Field { get; } = field;
    public KampungKbDbContext Db { get; } = db;
    public InputReader Input { get; } = input;
    public CancellationToken Cancellation => Field.CancellationToken;
    public HubCaller Caller => Field.Caller();

    /// <summary>Records a change of <paramref name="entityType"/> <paramref name="entityKey"/> by this mutation (skipped when nothing changed).</summary>
    public void Audit(string entityType, string entityKey, string? before, string? after) =>
        AuditTrail.Record(Db, Caller.Name, Field.FieldDefinition.Name, entityType, entityKey, before, after);

    /// <summary>"outside your key's region 51.01" for scoped callers, so a not-found message never tells whether the row exists elsewhere.</summary>
    public string ScopeNote => Caller.RegionScope is { } scope ? $" in the region your key is confined to ({scope})" : "";
}
