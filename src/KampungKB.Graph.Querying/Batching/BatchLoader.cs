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
            // Parents that share a key share one result: a catalog reference repeats a few keys thousands of times.
            if (!batch.Results.TryGetValue(key, out var result)) batch.Results[key] = result = new Result(this, batch, key);
            return result;
        }
    }

    private Task<Dictionary<object, TValue>> Run(Batch batch, CancellationToken cancellationToken)
    {
        lock (this)
        {
            if (batch.Loading == null)
            {
                if (ReferenceEquals(_pending, batch)) _pending = new Batch();
                batch.Loading = fetch(batch.Results.Keys, cancellationToken);
            }
            return batch.Loading;
        }
    }

    private sealed class Batch
    {
        public readonly Dictionary<object, Result> Results = [];
        public Task<Dictionary<object, TValue>>? Loading;
    }

    private sealed class Result(BatchLoader<TValue> loader, Batch batch, object key) : IDataLoaderResult<TValue>
    {
        private Task<object?>? _completed;

        public async Task<TValue> GetResultAsync(CancellationToken cancellationToken = default)
            => ValueIn(await loader.Run(batch, cancellationToken).ConfigureAwait(false));

        // GraphQL.NET awaits this once per parent: once the batch is loaded, every parent gets the same completed task.
        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken)
        {
            if (_completed != null) return _completed;
            var loading = loader.Run(batch, cancellationToken);
            return loading.IsCompletedSuccessfully ? _completed = Task.FromResult<object?>(ValueIn(loading.Result)) : AwaitAsync(loading);
        }

        private async Task<object?> AwaitAsync(Task<Dictionary<object, TValue>> loading) => ValueIn(await loading.ConfigureAwait(false));

        private TValue ValueIn(Dictionary<object, TValue> values) => values.TryGetValue(key, out var value) ? value : loader._missing;
    }

    private readonly TValue _missing = missing;
}
