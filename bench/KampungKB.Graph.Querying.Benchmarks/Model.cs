using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Querying.Benchmarks;

// Its own tiny model: countries, cities, streets (the engine must not know its callers).
public sealed class Country
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public List<City> Cities { get; set; } = [];
}

public sealed class City
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public int Population { get; set; }
    public double? Area { get; set; }
    public int CountryId { get; set; }
    public Country Country { get; set; } = null!;
    public List<Street> Streets { get; set; } = [];
}

public sealed class Street
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public int Length { get; set; }
    public int CityId { get; set; }
    public City City { get; set; } = null!;
}

public sealed class AtlasDb(DbContextOptions<AtlasDb> options) : DbContext(options)
{
    public DbSet<Country> Countries => Set<Country>();
    public DbSet<City> Cities => Set<City>();
    public DbSet<Street> Streets => Set<Street>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<City>().HasIndex(c => c.Name);
        modelBuilder.Entity<City>().HasOne(c => c.Country).WithMany(c => c.Cities).HasForeignKey(c => c.CountryId);
        modelBuilder.Entity<Street>().HasOne(s => s.City).WithMany(c => c.Streets).HasForeignKey(s => s.CityId);
    }

    public static void Seed(AtlasDb db, int countries = 50, int citiesPerCountry = 100, int streetsPerCity = 5)
    {
        var random = new Random(1);
        string[] syllables = ["ba", "li", "ja", "ka", "ta", "nu", "sa", "ra", "de", "gi"];
        string Word(int n) => string.Concat(Enumerable.Range(0, n).Select(_ => syllables[random.Next(syllables.Length)]));
        var streetId = 1;
        for (var c = 1; c <= countries; c++)
        {
            var country = new Country { Id = c, Code = $"C{c:00}", Name = Word(3) };
            for (var i = 0; i < citiesPerCountry; i++)
            {
                var city = new City
                {
                    Id = (c - 1) * citiesPerCountry + i + 1, Name = Word(2 + random.Next(3)), Population = random.Next(1_000, 5_000_000),
                    Area = random.Next(5) == 0 ? null : random.Next(10, 3_000),
                };
                for (var s = 0; s < streetsPerCity; s++)
                    city.Streets.Add(new Street { Id = streetId++, Name = Word(3), Length = random.Next(50, 10_000) });
                country.Cities.Add(city);
            }
            db.Countries.Add(country);
        }
        db.SaveChanges();
    }
}
