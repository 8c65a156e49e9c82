using GraphQL;
using KampungKB.Graph.Querying.Paging;
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

    /// <summary>The compiled plans of its pages (connection, segment), per document field and shape of request.</summary>
    public StatementPlans<T, PageRow<T>> PagePlans { get; } = new();

    /// <summary>The compiled plans of its batches (children of many parents, references), per document field and shape of request.</summary>
    public StatementPlans<T, T> BatchPlans { get; } = new();

    public QueryingOptions OptionsFor(IResolveFieldContext context)
        => Options ?? context.RequestServices?.GetService<QueryingOptions>() ?? QueryingOptions.Default;
}
