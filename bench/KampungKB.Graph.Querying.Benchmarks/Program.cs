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
        // Blocks of 50 calls, alternating; wall time and process CPU time (less sensitive to other tenants of the machine).
        var wall = new double[2];
        var cpu = new double[2];
        var process = System.Diagnostics.Process.GetCurrentProcess();
        for (var block = 0; block < 42; block++)
        {
            foreach (var (index, run) in new[] { (0, hand), (1, engine) })
            {
                process.Refresh();
                var cpuStart = process.TotalProcessorTime;
                var start = System.Diagnostics.Stopwatch.GetTimestamp();
                for (var i = 0; i < 50; i++) await run();
                process.Refresh();
                if (block < 2) continue;
                wall[index] += System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                cpu[index] += (process.TotalProcessorTime - cpuStart).TotalMilliseconds;
            }
        }
        Console.WriteLine($"{name}: wall hand {wall[0] / 2000:F3} ms engine {wall[1] / 2000:F3} ms ratio {wall[1] / wall[0]:F2}; " +
            $"cpu hand {cpu[0] / 2000:F3} ms engine {cpu[1] / 2000:F3} ms ratio {cpu[1] / cpu[0]:F2}");
    }
    benchmarks.Cleanup();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(QueryBenchmarks).Assembly).Run(args);
