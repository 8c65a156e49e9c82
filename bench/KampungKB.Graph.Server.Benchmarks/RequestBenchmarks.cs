using System.Data.Common;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using GraphQL;
using GraphQL.Types;
using KampungKB.Graph.Data;
using KampungKB.Graph.Data.Kampung;
using KampungKB.Graph.Server.Hosting;
using KampungKB.Graph.Server.Partners.Views;
using KampungKB.Graph.Server.Relay;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace KampungKB.Graph.Server.Benchmarks;

/// <summary>
/// The whole GraphQL request in process (parse, validate, execute, serialize) against hand-written EF Core LINQ plus
/// System.Text.Json producing the same JSON, on the Bali demo in a SQLite file (or a PostgreSQL database: BENCH_POSTGRES).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RequestBenchmarks
{
    private const string FlatQuery = """
        { kampungKbs(first: 50, where: { classification: { eq: MANDIRI }, hasRumahDataKu: { eq: true } }, order: [{ name: ASC }]) { nodes { id name classification } } }
        """;
    private const string NestedFilterQuery = """
        { villages(first: 50, where: { district: { regency: { code: { eq: "51.02" } } }, kampungKbs: { some: { classification: { eq: BERKELANJUTAN } } } }) { nodes { code name kind } } }
        """;
    private const string NestedListsQuery = """
        { regencies(first: 9) { nodes { code name districts { code name villages { code name kind } } } } }
        """;
    // The dashboard's page: count + page with the village joined in hand-written SQL.
    private const string ListWithReferenceQuery = """
        { kampungKbs(first: 20, where: { village: { district: { regencyCode: { eq: "51.02" } } } }, order: [{ name: ASC }]) { totalCount nodes { name village { code name } } } }
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"hub-bench-{Environment.ProcessId}.db");
    // BENCH_POSTGRES (a Npgsql connection string to a server) runs every side on a throwaway PostgreSQL database instead.
    private readonly string? _postgres = Environment.GetEnvironmentVariable("BENCH_POSTGRES") is { Length: > 0 } server
        ? new NpgsqlConnectionStringBuilder(server) { Database = $"kampungkb_bench_{Environment.ProcessId}" }.ConnectionString : null;
    private WebApplication _hub = null!;
    private NpgsqlDataSource? _rawPostgres;

    [GlobalSetup]
    public void Setup()
    {
        File.Delete(_path);
        // The server's GraphQL services without its web server; views bring the output cache a write's eviction step needs.
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Database:Provider"] = _postgres is null ? "Sqlite" : "Postgres";
        builder.Configuration["ConnectionStrings:KampungKb"] = _postgres ?? $"Data Source={_path}";
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // A new database's migration check fails once by design; EF Core would log it as an error.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.None);
        builder.AddHubDatabase();
        builder.AddHubGraphQL();
        builder.AddViews();
        _hub = builder.Build();
        using var scope = _hub.Services.CreateScope();
        DatabaseSetup.MigrateAndSeedAsync(scope.ServiceProvider.GetRequiredService<KampungKbDbContext>()).GetAwaiter().GetResult();
        // Raw SQL prepares its statements as the hub does on PostgreSQL (and as bench/load's baseline does).
        if (_postgres is not null) _rawPostgres = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(_postgres) { MaxAutoPrepare = 64 }.ConnectionString);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_postgres is not null)
        {
            using var scope = _hub.Services.CreateScope();
            scope.ServiceProvider.GetRequiredService<KampungKbDbContext>().Database.EnsureDeleted();
            _rawPostgres!.Dispose();
        }
        _hub.DisposeAsync().AsTask().GetAwaiter().GetResult();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    [Benchmark(Baseline = true), BenchmarkCategory("1 flat filtered list")]
    public Task<string> FlatHand() => HandAsync(async db => new
    {
        data = new
        {
            kampungKbs = new
            {
                nodes = (await db.KampungKbs.AsNoTracking()
                    .Where(k => k.Classification == Classification.Mandiri && k.HasRumahDataKu)
                    .OrderBy(k => k.Name).ThenBy(k => k.Id).Take(50)
                    .Select(k => new { k.Id, k.Name, k.Classification }).ToListAsync())
                    .Select(k => new { id = GlobalId.Encode("KampungKb", k.Id), name = k.Name, classification = k.Classification.ToString().ToUpperInvariant() }),
            },
        },
    });

    [Benchmark, BenchmarkCategory("1 flat filtered list")]
    public Task<string> FlatHub() => HubAsync(FlatQuery);

    [Benchmark(Baseline = true), BenchmarkCategory("2 nested filter")]
    public Task<string> NestedFilterHand() => HandAsync(async db => new
    {
        data = new
        {
            villages = new
            {
                nodes = (await db.Villages.AsNoTracking()
                    .Where(v => v.District!.Regency!.Code == "51.02" && v.KampungKbs.Any(k => k.Classification == Classification.Berkelanjutan))
                    .OrderBy(v => v.Code).Take(50)
                    .Select(v => new { v.Code, v.Name, v.Kind }).ToListAsync())
                    .Select(v => new { code = v.Code, name = v.Name, kind = v.Kind.ToString().ToUpperInvariant() }),
            },
        },
    });

    [Benchmark, BenchmarkCategory("2 nested filter")]
    public Task<string> NestedFilterHub() => HubAsync(NestedFilterQuery);

    [Benchmark(Baseline = true), BenchmarkCategory("3 nested lists")]
    public Task<string> NestedListsHand() => HandAsync(async db =>
    {
        var regencies = await db.Regencies.AsNoTracking().OrderBy(r => r.Code).Take(9).Select(r => new { r.Code, r.Name }).ToListAsync();
        var regencyCodes = regencies.Select(r => r.Code).ToList();
        var districts = await db.Districts.AsNoTracking().Where(d => regencyCodes.Contains(d.RegencyCode))
            .OrderBy(d => d.Code).Select(d => new { d.Code, d.Name, d.RegencyCode }).ToListAsync();
        var districtCodes = districts.Select(d => d.Code).ToList();
        var villages = (await db.Villages.AsNoTracking().Where(v => districtCodes.Contains(v.DistrictCode))
            .OrderBy(v => v.Code).Select(v => new { v.Code, v.Name, v.Kind, v.DistrictCode }).ToListAsync()).ToLookup(v => v.DistrictCode);
        var byRegency = districts.ToLookup(d => d.RegencyCode);
        return new
        {
            data = new
            {
                regencies = new
                {
                    nodes = regencies.Select(r => new
                    {
                        code = r.Code, name = r.Name,
                        districts = byRegency[r.Code].Select(d => new
                        {
                            code = d.Code, name = d.Name,
                            villages = villages[d.Code].Select(v => new { code = v.Code, name = v.Name, kind = v.Kind.ToString().ToUpperInvariant() }),
                        }),
                    }),
                },
            },
        };
    });

    [Benchmark, BenchmarkCategory("3 nested lists")]
    public Task<string> NestedListsHub() => HubAsync(NestedListsQuery);

    [Benchmark(Baseline = true), BenchmarkCategory("4 list with reference")]
    public Task<string> ListWithReferenceHand() => HandAsync(async db =>
    {
        var rows = db.KampungKbs.AsNoTracking().Where(k => k.Village!.District!.RegencyCode == "51.02");
        var totalCount = await rows.CountAsync();
        var nodes = await rows.OrderBy(k => k.Name).ThenBy(k => k.Id).Take(20)
            .Select(k => new { name = k.Name, village = new { code = k.Village!.Code, name = k.Village.Name } }).ToListAsync();
        return new { data = new { kampungKbs = new { totalCount, nodes } } };
    });

    [Benchmark, BenchmarkCategory("4 list with reference")]
    public Task<string> ListWithReferenceHub() => HubAsync(ListWithReferenceQuery);

    /// <summary>Hand-written EF Core LINQ for the statement the hub and the raw SQL send: the count as a subquery of the page.</summary>
    [Benchmark, BenchmarkCategory("4 list with reference")]
    public Task<string> ListWithReferenceHandOneStatement() => HandAsync(async db =>
    {
        var rows = db.KampungKbs.AsNoTracking().Where(k => k.Village!.District!.RegencyCode == "51.02");
        var page = await rows.OrderBy(k => k.Name).ThenBy(k => k.Id).Take(20)
            .Select(k => new { Total = rows.Count(), Node = new { name = k.Name, village = new { code = k.Village!.Code, name = k.Village.Name } } }).ToListAsync();
        return new { data = new { kampungKbs = new { totalCount = page.Count > 0 ? page[0].Total : 0, nodes = page.Select(r => r.Node) } } };
    });

    /// <summary>The one statement as an EF Core compiled query: no funcletizer or query-cache lookup per request, EF Core's lowest cost.</summary>
    [Benchmark, BenchmarkCategory("4 list with reference")]
    public Task<string> ListWithReferenceCompiled() => HandAsync(async db =>
    {
        var page = new List<PageOfReference>();
        await foreach (var row in CompiledListWithReference(db, "51.02")) page.Add(row);
        return new { data = new { kampungKbs = new { totalCount = page.Count > 0 ? page[0].Total : 0, nodes = page.Select(r => r.Node) } } };
    });

    public sealed record VillageReference(string code, string name);
    public sealed record NodeWithReference(string name, VillageReference village);
    public sealed record PageOfReference(int Total, NodeWithReference Node);

    private static readonly Func<KampungKbDbContext, string, IAsyncEnumerable<PageOfReference>> CompiledListWithReference = EF.CompileAsyncQuery(
        (KampungKbDbContext db, string regency) => db.KampungKbs.AsNoTracking().Where(k => k.Village!.District!.RegencyCode == regency)
            .OrderBy(k => k.Name).ThenBy(k => k.Id).Take(20)
            .Select(k => new PageOfReference(db.KampungKbs.Count(c => c.Village!.District!.RegencyCode == regency),
                new NodeWithReference(k.Name, new VillageReference(k.Village!.Code, k.Village.Name)))));

    /// <summary>The same answer from ADO.NET and Utf8JsonWriter, one statement, as bench/load's raw-SQL baseline answers it: the floor under EF Core.</summary>
    [Benchmark, BenchmarkCategory("4 list with reference")]
    public async Task<string> ListWithReferenceRawSql()
    {
        const string from = """
            FROM "KampungKbs" k JOIN "Villages" v ON v."Code" = k."VillageCode" JOIN "Districts" d ON d."Code" = v."DistrictCode"
            WHERE d."RegencyCode" = @r
            """;
        await using var connection = _rawPostgres?.CreateConnection() ?? (DbConnection)new SqliteConnection($"Data Source={_path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""SELECT (SELECT COUNT(*) {from}), k."Name", v."Code", v."Name" {from} ORDER BY k."Name", k."Id" LIMIT 20""";
        var regency = command.CreateParameter();
        (regency.ParameterName, regency.Value) = ("r", "51.02");
        command.Parameters.Add(regency);
        await using var reader = await command.ExecuteReaderAsync();
        using var buffer = new MemoryStream();
        await using (var json = new Utf8JsonWriter(buffer))
        {
            var more = await reader.ReadAsync();
            json.WriteStartObject();
            json.WriteStartObject("data");
            json.WriteStartObject("kampungKbs");
            json.WriteNumber("totalCount", more ? Convert.ToInt32(reader.GetValue(0)) : 0);
            json.WriteStartArray("nodes");
            for (; more; more = await reader.ReadAsync())
            {
                json.WriteStartObject();
                json.WriteString("name", reader.GetString(1));
                json.WriteStartObject("village");
                json.WriteString("code", reader.GetString(2));
                json.WriteString("name", reader.GetString(3));
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private async Task<string> HubAsync(string query)
    {
        await using var scope = _hub.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var result = await services.GetRequiredService<IDocumentExecuter>().ExecuteAsync(new ExecutionOptions
        {
            Schema = services.GetRequiredService<ISchema>(),
            Query = query,
            RequestServices = services,
        });
        return services.GetRequiredService<IGraphQLTextSerializer>().Serialize(result);
    }

    private async Task<string> HandAsync<T>(Func<KampungKbDbContext, Task<T>> build)
    {
        await using var scope = _hub.Services.CreateAsyncScope();
        var response = await build(scope.ServiceProvider.GetRequiredService<KampungKbDbContext>());
        return JsonSerializer.Serialize(response, Json);
    }
}
