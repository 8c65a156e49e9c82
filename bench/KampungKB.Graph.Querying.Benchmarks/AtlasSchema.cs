using GraphQL;
using GraphQL.Types;
using KampungKB.Graph.Querying.Filtering;
using KampungKB.Graph.Querying.Sorting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KampungKB.Graph.Querying.Benchmarks;

public sealed class CountryType : ObjectGraphType<Country>
{
    public CountryType()
    {
        Field(x => x.Id);
        Field(x => x.Code);
        Field(x => x.Name);
    }
}

public sealed class CityType : ObjectGraphType<City>
{
    public CityType()
    {
        Field(x => x.Id);
        Field(x => x.Name);
        Field(x => x.Population);
        Field(x => x.Area, nullable: true);
        this.BatchedReference("country", typeof(CountryType), c => c.CountryId, (Country c) => c.Id, AtlasQuery.Db(d => d.Countries));
        this.BatchedList("streets", typeof(StreetType), c => c.Id, (Street s) => s.CityId, AtlasQuery.Db(d => d.Streets))
            .Filter<StreetFilterInputType>().Sort<StreetSortInputType>();
    }
}

public sealed class StreetType : ObjectGraphType<Street>
{
    public StreetType()
    {
        Field(x => x.Id);
        Field(x => x.Name);
        Field(x => x.Length);
    }
}

public sealed class CountryFilterInputType : FilterInputType<Country>
{
    public CountryFilterInputType()
    {
        Name = "CountryFilterInput";
        Field(x => x.Code);
        Field(x => x.Name);
    }
}

public sealed class CityFilterInputType : FilterInputType<City>
{
    public CityFilterInputType()
    {
        Name = "CityFilterInput";
        Field(x => x.Name);
        Field(x => x.Population);
        Field(x => x.Area);
        Object(x => x.Country, typeof(CountryFilterInputType));
        List(x => x.Streets, typeof(StreetFilterInputType));
    }
}

public sealed class StreetFilterInputType : FilterInputType<Street>
{
    public StreetFilterInputType()
    {
        Name = "StreetFilterInput";
        Field(x => x.Name);
        Field(x => x.Length);
    }
}

public sealed class CitySortInputType : SortInputType<City>
{
    public CitySortInputType()
    {
        Name = "CitySortInput";
        Field(x => x.Name);
        Field(x => x.Population);
    }
}

public sealed class StreetSortInputType : SortInputType<Street>
{
    public StreetSortInputType()
    {
        Name = "StreetSortInput";
        Field(x => x.Name);
        Field(x => x.Length);
    }
}

// The baseline: the same results written by hand with EF Core LINQ, resolved through the same GraphQL pipeline
// with the same arguments (parsed and validated, then ignored), so the difference is the engine's own work.
public sealed class HandStreetType : ObjectGraphType<Street>
{
    public HandStreetType()
    {
        Name = "HandStreet";
        Field(x => x.Id);
        Field(x => x.Name);
        Field(x => x.Length);
    }
}

public sealed class HandCityType : ObjectGraphType<City>
{
    public HandCityType()
    {
        Name = "HandCity";
        Field(x => x.Id);
        Field(x => x.Name);
        Field(x => x.Population);
        Field(x => x.Streets, type: typeof(ListGraphType<HandStreetType>));
    }
}

public sealed class AtlasQuery : ObjectGraphType
{
    public AtlasQuery()
    {
        Name = "Query";
        this.Connection("cities", typeof(CityType), Db(d => d.Cities)).Filter<CityFilterInputType>().Sort<CitySortInputType>();

        Field<ListGraphType<HandCityType>>("handFlat")
            .Argument<CityFilterInputType>("where").Argument<ListGraphType<NonNullGraphType<CitySortInputType>>>("order").Argument<IntGraphType>("first")
            .ResolveAsync(async c =>
            {
                var minimum = 100_000;
                var prefix = "ba";
                var upper = prefix + "\U0010FFFF";
                return await Db(c).Cities.AsNoTracking()
                    .Where(x => x.Population >= minimum && string.Compare(x.Name, prefix) >= 0 && string.Compare(x.Name, upper) < 0)
                    .OrderBy(x => x.Name).ThenBy(x => x.Id).Take(51)
                    .Select(x => new City { Id = x.Id, Name = x.Name, Population = x.Population })
                    .ToListAsync();
            });

        Field<ListGraphType<HandCityType>>("handNestedFilter")
            .Argument<CityFilterInputType>("where").Argument<ListGraphType<NonNullGraphType<CitySortInputType>>>("order").Argument<IntGraphType>("first")
            .ResolveAsync(async c =>
            {
                var code = "C07";
                var length = 5_000;
                return await Db(c).Cities.AsNoTracking()
                    .Where(x => x.Country.Code == code && x.Streets.Any(s => s.Length > length))
                    .OrderBy(x => x.Id).Take(51)
                    .Select(x => new City { Id = x.Id, Name = x.Name })
                    .ToListAsync();
            });

        Field<ListGraphType<HandCityType>>("handNestedLists")
            .Argument<CityFilterInputType>("where").Argument<ListGraphType<NonNullGraphType<CitySortInputType>>>("order").Argument<IntGraphType>("first")
            .ResolveAsync(async c =>
            {
                var minimum = 100_000;
                return await Db(c).Cities.AsNoTracking()
                    .Where(x => x.Population >= minimum)
                    .OrderBy(x => x.Id).Take(51)
                    .Select(x => new City { Id = x.Id, Name = x.Name, Streets = x.Streets.OrderBy(s => s.Id).Select(s => new Street { Id = s.Id, Name = s.Name }).ToList() })
                    .AsSplitQuery()
                    .ToListAsync();
            });
    }

    public static Func<IResolveFieldContext, IQueryable<T>> Db<T>(Func<AtlasDb, DbSet<T>> set) where T : class
        => context => set(context.RequestServices!.GetRequiredService<AtlasDb>()).AsNoTracking();

    private static AtlasDb Db(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<AtlasDb>();
}
