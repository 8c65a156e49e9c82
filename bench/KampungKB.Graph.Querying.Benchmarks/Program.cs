using BenchmarkDotNet.Running;
using KampungKB.Graph.Querying.Benchmarks;

// `dotnet run -c Release -- --filter '*'`; `-- --check` prints each query's result once instead.
if (args.Contains("--check"))
{
    var benchmarks = new QueryBenchmarks();
    benchmarks.Setup();
    foreach (var method in typeof(QueryBenchmarks).GetMethods().Where(m => m.ReturnType == typeof(Task<string>) && m.GetParameters().Length == 0))
    {
        using var sql = KampungKB.Graph.Querying.Diagnostics.SqlStatementCollector.Begin();
        var json = await (Task<string>)method.Invoke(benchmarks, null)!;
        Console.WriteLine($"{method.Name}: {json[..Math.Min(json.Length, 200)]}");
        foreach (var statement in sql.Statements) Console.WriteLine(statement.Sql + "\n");
    }
    benchmarks.Cleanup();
    return;
}
if (args.Contains("--quick"))
{
    // A rough in-process comparison (interleaved, so machine noise hits both sides alike); BenchmarkDotNet gives the real figures.
    var benchmarks = new QueryBenchmarks();
    benchmarks.Setup();
    var pairs = new (string Name, Func<Task<string>> Hand, Func<Task<string>> Engine)[]
    {
        ("flat filtered list", benchmarks.FlatHand, benchmarks.FlatEngine),
        ("nested filter", benchmarks.NestedFilterHand, benchmarks.NestedFilterEngine),
        ("nested lists", benchmarks.NestedListsHand, benchmarks.NestedListsEngine),
    };
    foreach (var (name, hand, engine) in pairs)
    {
        var times = new double[2];
        for (var round = 0; round < 1_100; round++)
        {
            foreach (var (index, run) in new[] { (0, hand), (1, engine) })
            {
                var start = System.Diagnostics.Stopwatch.GetTimestamp();
                await run();
                if (round >= 100) times[index] += System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        }
        Console.WriteLine($"{name}: hand {times[0] / 1000:F3} ms, engine {times[1] / 1000:F3} ms, ratio {times[1] / times[0]:F2}");
    }
    benchmarks.Cleanup();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(QueryBenchmarks).Assembly).Run(args);
