using KampungKB.Graph.Querying.Filtering;
using KampungKB.Graph.Querying.Paging;
using KampungKB.Graph.Querying.Sorting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KampungKB.Graph.Querying;

/// <summary>Registers the engine's options and shared graph types with Microsoft DI.</summary>
public static class QueryingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="QueryingOptions"/> and the engine's graph types (including the open generic ones, which
    /// assembly scanning skips) as singletons, so a schema resolved from DI finds them.
    /// </summary>
    public static IServiceCollection AddQuerying(this IServiceCollection services, QueryingOptions? options = null)
    {
        services.TryAddSingleton(options ?? QueryingOptions.Default);
        Type[] types =
        [
            typeof(StringOperationFilterInputType), typeof(BooleanOperationFilterInputType), typeof(IntOperationFilterInputType),
            typeof(LongOperationFilterInputType), typeof(FloatOperationFilterInputType), typeof(DecimalOperationFilterInputType),
            typeof(DateOperationFilterInputType), typeof(DateTimeOperationFilterInputType), typeof(SortEnumType),
            typeof(PageInfoType), typeof(CollectionSegmentInfoType),
        ];
        foreach (var type in types) services.TryAddSingleton(type);
        services.TryAddSingleton(typeof(EnumOperationFilterInputType<>));
        services.TryAddSingleton(typeof(ListFilterInputType<>));
        return services;
    }
}
