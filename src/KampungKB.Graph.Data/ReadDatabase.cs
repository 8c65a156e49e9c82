using Microsoft.Extensions.DependencyInjection;

namespace KampungKB.Graph.Data;

/// <summary>
/// The request's context for work that only reads: leased from the read replica's pool when one is configured, else
/// the request's own <see cref="KampungKbDbContext"/> on the primary. Writes, and reads that must see them at once
/// (keys, a mutation's payload), use <see cref="KampungKbDbContext"/>.
/// </summary>
public sealed class ReadDatabase(IServiceProvider services) : IDisposable, IAsyncDisposable
{
    private readonly Func<KampungKbDbContext>? _replica = services.GetRequiredService<ReplicaPool>().Lease;
    private KampungKbDbContext? _leased;

    /// <summary>Whether reads go to a replica rather than the primary.</summary>
    public bool IsReplica => _replica is not null;

    /// <summary>The context, leased on first use and returned to its pool with the request.</summary>
    public KampungKbDbContext Db => _replica is null
        ? services.GetRequiredService<KampungKbDbContext>()
        : _leased ??= DataServiceCollectionExtensions.Lease(services, _replica);

    public void Dispose() => _leased?.Dispose();

    public ValueTask DisposeAsync() => _leased?.DisposeAsync() ?? ValueTask.CompletedTask;
}
