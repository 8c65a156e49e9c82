using GraphQL.DataLoader;

namespace KampungKB.Graph.Querying.Batching;

/// <summary>
/// Collects the keys every parent asks for and loads them with one query when the first result is awaited.
/// Keys asked for after a batch started go into the next batch.
/// Designed for GraphQL.NET's <c>SerialExecutionStrategy</c>: it completes every pending loader one after the other,
/// so a scoped DbContext never runs two queries at once. Under the parallel strategy different loaders may run together,
/// which SQLite tolerates and PostgreSQL does not.
/// </summary>
internal sealed class BatchLoader<TValue>(Func<IReadOnlyCollection<object>, CancellationToken, Task<Dictionary<object, TValue>>> fetch, TValue missing)
{
    private Batch _pending = new();

    public IDataLoaderResult<TValue> Load(object key)
    {
        lock (this)
        {
            var batch = _pending;
            batch.Keys.Add(key);
            return new Result(this, batch, key);
        }
    }

    private Task<Dictionary<object, TValue>> Run(Batch batch, CancellationToken cancellationToken)
    {
        lock (this)
        {
            if (batch.Loading == null)
            {
                if (ReferenceEquals(_pending, batch)) _pending = new Batch();
                batch.Loading = fetch(batch.Keys, cancellationToken);
            }
            return batch.Loading;
        }
    }

    private sealed class Batch
    {
        public readonly HashSet<object> Keys = [];
        public Task<Dictionary<object, TValue>>? Loading;
    }

    private sealed class Result(BatchLoader<TValue> loader, Batch batch, object key) : IDataLoaderResult<TValue>
    {
        public async Task<TValue> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = await loader.Run(batch, cancellationToken).ConfigureAwait(false);
            return values.TryGetValue(key, out var value) ? value : loader._missing;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }

    private readonly TValue _missing = missing;
}
