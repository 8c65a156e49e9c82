using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Querying;

/// <summary>
/// Generic method definitions the engine calls in expression trees, found once: <c>Expression.Call(type, name, ...)</c>
/// searches (and copies) every method of the type on each call.
/// </summary>
internal static class LinqMethods
{
    public static readonly MethodInfo QueryableAny = Single(typeof(Queryable), nameof(Queryable.Any), 2);
    public static readonly MethodInfo EnumerableContains = Single(typeof(Enumerable), nameof(Enumerable.Contains), 2);
    public static readonly MethodInfo EnumerableToList = Single(typeof(Enumerable), nameof(Enumerable.ToList), 1);
    public static readonly MethodInfo EnumerableSelect = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Select) && m.GetParameters()[1].ParameterType.GetGenericArguments().Length == 2);
    public static readonly MethodInfo EfParameter = typeof(EF).GetMethod(nameof(EF.Parameter))!;

    public static MethodInfo Single(Type type, string name, int parameters)
        => type.GetMethods().Single(m => m.Name == name && m.GetParameters().Length == parameters);
}
