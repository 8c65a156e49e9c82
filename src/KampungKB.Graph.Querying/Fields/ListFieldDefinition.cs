using GraphQL;
using KampungKB.Graph.Querying.Plans;
using KampungKB.Graph.Querying.Sorting;
using Microsoft.Extensions.DependencyInjection;

namespace KampungKB.Graph.Querying;

/// <summary>What a list field needs at run time: where its rows come from, their unique key, the limits.</summary>
internal sealed class ListFieldDefinition<T>(Func<IResolveFieldContext, IQueryable<T>> source)
{
    public Func<IResolveFieldContext, IQueryable<T>> Source { get; } = source;

    public IReadOnlyList<SortKey>? UniqueKey { get; set; }

    public QueryingOptions? Options { get; set; }

    /// <summary>The connection's compiled plans, per document field and shape of request.</summary>
    public PagePlans<T> Plans { get; } = new();

    public QueryingOptions OptionsFor(IResolveFieldContext context)
        => Options ?? context.RequestServices?.GetService<QueryingOptions>() ?? QueryingOptions.Default;
}
