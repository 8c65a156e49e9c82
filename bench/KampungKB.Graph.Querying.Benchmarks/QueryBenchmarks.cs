using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KampungKB.Graph.Querying.Benchmarks;

/// <summary>The engine against hand-written EF Core LINQ for the same result, both through GraphQL.NET on a SQLite file.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class QueryBenchmarks
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"querying-bench-{Environment.ProcessId}.db");
    private readonly GraphQLSerializer _serializer = new();
    private readonly DocumentExecuter _executer = new(new GraphQLDocumentBuilder(), new DocumentValidator(),
        new DefaultExecutionStrategySelector([new ExecutionStrategyRegistration(SerialExecutionStrategy.Instance, OperationType.Query)]), []);
    private ServiceProvider _services = null!;
    private ISchema _schema = null!;

    [GlobalSetup]
    public void Setup()
    {
        File.Delete(_path);
        var services = new ServiceCollection();
        services.AddDbContext<AtlasDb>(o => o.UseSqlite($"Data Source={_path}").AddInterceptors(Diagnostics.SqlCaptureInterceptor.Instance));
        services.AddQuerying();
        foreach (var type in typeof(AtlasQuery).Assembly.GetTypes().Where(t => typeof(IGraphType).IsAssignableFrom(t) && !t.IsAbstract))
            services.AddSingleton(type);
        services.AddSingleton<ISchema>(p => new Schema(p) { Query = p.GetRequiredService<AtlasQuery>() });
        _services = services.BuildServiceProvider();
        _schema = _services.GetRequiredService<ISchema>();
        using var scope = _services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AtlasDb>();
        db.Database.EnsureCreated();
        AtlasDb.Seed(db);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    [Benchmark(Baseline = true), BenchmarkCategory("1 flat filtered list")]
    public Task<string> FlatHand() => RunAsync("""
        { handFlat(first: 50, where: { population: { gte: 100000 }, name: { startsWith: "ba" } }, order: [{ name: ASC }]) { id name population } }
        """);

    [Benchmark, BenchmarkCategory("1 flat filtered list")]
    public Task<string> FlatEngine() => RunAsync("""
        { cities(first: 50, where: { population: { gte: 100000 }, name: { startsWith: "ba" } }, order: [{ name: ASC }]) { nodes { id name population } } }
        """);

    [Benchmark(Baseline = true), BenchmarkCategory("2 nested filter")]
    public Task<string> NestedFilterHand() => RunAsync("""
        { handNestedFilter(first: 50, where: { country: { code: { eq: "C07" } }, streets: { some: { length: { gt: 5000 } } } }) { id name } }
        """);

    [Benchmark, BenchmarkCategory("2 nested filter")]
    public Task<string> NestedFilterEngine() => RunAsync("""
        { cities(first: 50, where: { country: { code: { eq: "C07" } }, streets: { some: { length: { gt: 5000 } } } }) { nodes { id name } } }
        """);

    [Benchmark(Baseline = true), BenchmarkCategory("3 nested lists")]
    public Task<string> NestedListsHand() => RunAsync("""
        { handNestedLists(first: 50, where: { population: { gte: 100000 } }) { id name streets { id name } } }
        """);

    [Benchmark, BenchmarkCategory("3 nested lists")]
    public Task<string> NestedListsEngine() => RunAsync("""
        { cities(first: 50, where: { population: { gte: 100000 } }) { nodes { id name streets { id name } } } }
        """);

    public async Task<string> RunAsync(string query)
    {
        using var scope = _services.CreateScope();
        var result = await _executer.ExecuteAsync(new ExecutionOptions { Schema = _schema, Query = query, RequestServices = scope.ServiceProvider });
        var json = _serializer.Serialize(result);
        return result.Errors?.Count > 0 ? throw new InvalidOperationException(json) : json;
    }
}
