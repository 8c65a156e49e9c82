using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Querying;

/// <summary>Limits applied to every list the engine serves. Register one instance in DI to change the defaults.</summary>
public sealed class QueryingOptions
{
    /// <summary>The defaults: 50 rows per page, at most 1,000.</summary>
    public static QueryingOptions Default { get; } = new();

    /// <summary>Rows returned when a client asks for neither <c>first</c>, <c>last</c> nor <c>take</c>.</summary>
    public int DefaultPageSize { get; init; } = 50;

    /// <summary>Largest page a client may ask for; larger requests fail with <c>PAGE_SIZE_TOO_LARGE</c>.</summary>
    public int MaxPageSize { get; init; } = 1_000;

    /// <summary>
    /// The DbContext a field's rows are read through. With it, a connection page asked again in the same shape (same
    /// document field, same structure of filter and order, no cursor) runs as an EF Core compiled query made for that
    /// shape, skipping the engine's build and EF Core's per-query LINQ pipeline. Null: every page is built.
    /// </summary>
    public Func<IResolveFieldContext, DbContext?>? PlanContext { get; init; }

    /// <summary>How many times a shape is asked before it gets its compiled plan (1: at once; 0: never).</summary>
    public int PlanAfter { get; init; } = 2;
}
