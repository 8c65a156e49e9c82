using System.Linq.Expressions;
using GraphQL;
using KampungKB.Graph.Querying.Filtering;
using Microsoft.Extensions.DependencyInjection;

namespace KampungKB.Graph.Querying.Plans;

/// <summary>
/// Compiled plans for a field that reads one statement built over its <c>where</c> (<see cref="FilterArgument"/>), such as
/// an aggregate: per field of a cached document and shape, as list pages have (see <see cref="QueryingOptions.PlanContext"/>).
/// Keep one instance per field, e.g. in a static.
/// </summary>
/// <typeparam name="T">The filtered entity.</typeparam>
/// <typeparam name="TRow">What the statement reads.</typeparam>
public sealed class FilteredStatementPlans<T, TRow>
{
    private readonly StatementPlans<T, TRow> _plans = new();

    /// <summary>
    /// The rows of <paramref name="statement"/> over <paramref name="source"/> filtered by <paramref name="filter"/>: read by
    /// this shape's plan once it has one, built otherwise. <paramref name="shape"/> names everything else the statement
    /// depends on (e.g. its grouping); the statement may hold no values but the filter's (constants of value types aside),
    /// else it stays on the ordinary path.
    /// </summary>
    public async Task<List<TRow>> ToListAsync(IResolveFieldContext context, IQueryable<T> source, Expression<Func<T, bool>>? filter,
        string shape, Func<IQueryable<T>, IQueryable<TRow>> statement, CancellationToken cancellationToken)
    {
        var options = context.RequestServices?.GetService<QueryingOptions>() ?? QueryingOptions.Default;
        var planning = _plans.Find(context, options, source, filter, "A" + shape);
        if (planning != null && await planning.ReadAsync([], cancellationToken).ConfigureAwait(false) is { } planned) return planned;
        var built = statement(ListQuery.Filtered(source, filter));
        if (planning != null && await planning.PlanAsync(built, [], [], cancellationToken).ConfigureAwait(false) is { } first) return first;
        return await QueryExecution.ToListAsync(built, cancellationToken).ConfigureAwait(false);
    }
}
