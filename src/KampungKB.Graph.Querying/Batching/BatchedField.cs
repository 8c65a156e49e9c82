using GraphQL;
using GraphQL.DataLoader;

namespace KampungKB.Graph.Querying.Batching;

/// <summary>
/// Batches a computed field: every parent at the same place in the query (one field node) adds its key, and
/// <c>fetch</c> runs once for all of them when the first result is awaited.
/// </summary>
public static class BatchedField
{
    /// <summary>
    /// The value for <paramref name="key"/>, loaded with the keys of every parent that shares this field node.
    /// <paramref name="fetch"/> answers a dictionary by key; keys it leaves out get <paramref name="missing"/>.
    /// </summary>
    public static IDataLoaderResult<TValue> Load<TValue>(IResolveFieldContext context, object key,
        Func<IReadOnlyCollection<object>, CancellationToken, Task<Dictionary<object, TValue>>> fetch, TValue missing)
        => BatchRegistry.For(context, (fetch, missing), static (_, state) => new BatchLoader<TValue>(state.fetch, state.missing)).Load(key);
}
