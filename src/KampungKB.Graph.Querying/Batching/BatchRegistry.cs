using GraphQL;

namespace KampungKB.Graph.Querying.Batching;

/// <summary>The loaders of one request, one per selected field node, kept in the request's <c>UserContext</c>.</summary>
internal sealed class BatchRegistry
{
    private const string Key = "KampungKB.Querying.Batches";
    private readonly Dictionary<object, object> _loaders = [];

    public static BatchLoader<TValue> For<TValue>(IResolveFieldContext context, Func<BatchLoader<TValue>> create)
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
                registry._loaders[context.FieldAst] = loader = create();
            return (BatchLoader<TValue>)loader;
        }
    }
}
