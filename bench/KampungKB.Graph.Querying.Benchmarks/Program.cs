using BenchmarkDotNet.Running;
using KampungKB.Graph.Querying.Benchmarks;

// `dotnet run -c Release -- --filter '*'`; `-- --check` prints each query's result once instead.
if (args.Contains("--check"))
{
    var benchmarks = new QueryBenchmarks();
    benchmarks.Setup();
    foreach (var method in typeof(QueryBenchmarks).GetMethods().Where(m => m.ReturnType == typeof(Task<string>) && m.GetParameters().Length == 0))
    {
        var json = await (Task<string>)method.Invoke(benchmarks, null)!;
        Console.WriteLine($"{method.Name}: {json[..Math.Min(json.Length, 300)]}");
    }
    benchmarks.Cleanup();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(QueryBenchmarks).Assembly).Run(args);
