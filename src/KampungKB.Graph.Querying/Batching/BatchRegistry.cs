using GraphQL;

namespace KampungKB.Graph.Querying.Batching;

/// <summary>The loaders of one request, one per selected field node, kept in the request's <c>UserContext</c>.</summary>
internal sealed class BatchRegistry
{
    private const string Key = "KampungKB.Querying.Batches";
    private readonly Dictionary<object, object> _loaders = [];

    /// <summary>
    /// The loader of this field node, made by <paramref name="create"/> for the first parent. Runs once per parent: pass a
    /// static <paramref name="create"/> and its <paramref name="state"/>, so finding the loader allocates nothing.
    /// </summary>
    public static BatchLoader<TValue> For<TValue, TState>(IResolveFieldContext context, TState state,
        Func<IResolveFieldContext, TState, BatchLoader<TValue>> create)
    {
        var userContext = context.UserContext;
        BatchRegistry registry;
        lock (userContext)
        {
            if (!userContext.TryGetValue(Key, out var existing) || existing is not BatchRegistry found)
                userContext[Key] = found = new BatchRegistry();
            registry = found;
        }
        lock (registry._loaders)
        {
            // Every parent at the same place in the query shares one field node, hence one loader.
            if (!registry._loaders.TryGetValue(context.FieldAst, out var loader))
                registry._loaders[context.FieldAst] = loader = create(context, state);
            return (BatchLoader<TValue>)loader;
        }
    }
}
