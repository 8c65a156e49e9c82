using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace KampungKB.Graph.Querying;

/// <summary>Runs queries asynchronously when the provider is EF Core, synchronously otherwise (LINQ to objects in tests).</summary>
internal static class QueryExecution
{
    public static Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
        => query.Provider is IAsyncQueryProvider
            ? EntityFrameworkQueryableExtensions.ToListAsync(query, cancellationToken)
            : Task.FromResult(query.ToList());

    public static Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
        => query.Provider is IAsyncQueryProvider
            ? EntityFrameworkQueryableExtensions.CountAsync(query, cancellationToken)
            : Task.FromResult(query.Count());
}

/// <summary><c>Skip</c>/<c>Take</c> with the count as a SQL parameter, so every page size shares one cached query plan.</summary>
internal static class ParameterizedPaging
{
    private static readonly System.Reflection.MethodInfo TakeMethod = typeof(Queryable).GetMethods()
        .Single(m => m.Name == nameof(Queryable.Take) && m.GetParameters()[1].ParameterType == typeof(int));
    private static readonly System.Reflection.MethodInfo SkipMethod = typeof(Queryable).GetMethods()
        .Single(m => m.Name == nameof(Queryable.Skip) && m.GetParameters()[1].ParameterType == typeof(int));

    public static IQueryable<T> TakeParameter<T>(this IQueryable<T> query, int count)
        => Call(query, TakeMethod, count);

    /// <summary><c>Take</c> reading its count from <paramref name="count"/>, a box made by <see cref="ParameterBox.Of"/>.</summary>
    public static IQueryable<T> Take<T>(this IQueryable<T> query, System.Linq.Expressions.Expression count) => Call(query, TakeMethod, count);

    /// <summary><c>Skip</c> reading its count from <paramref name="count"/>, a box made by <see cref="ParameterBox.Of"/>.</summary>
    public static IQueryable<T> Skip<T>(this IQueryable<T> query, System.Linq.Expressions.Expression count) => Call(query, SkipMethod, count);

    private static IQueryable<T> Call<T>(IQueryable<T> query, System.Reflection.MethodInfo method, int count)
        => Call(query, method, ParameterBox.Of(count, typeof(int)));

    private static IQueryable<T> Call<T>(IQueryable<T> query, System.Reflection.MethodInfo method, System.Linq.Expressions.Expression count)
        => query.Provider.CreateQuery<T>(System.Linq.Expressions.Expression.Call(method.MakeGenericMethod(typeof(T)), query.Expression, count));
}
