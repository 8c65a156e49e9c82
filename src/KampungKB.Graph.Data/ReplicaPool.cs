namespace KampungKB.Graph.Data;

/// <summary>The pool of contexts on the read replica, or none when reads go to the primary.</summary>
internal sealed class ReplicaPool(Func<KampungKbDbContext>? lease)
{
    public Func<KampungKbDbContext>? Lease { get; } = lease;
}
