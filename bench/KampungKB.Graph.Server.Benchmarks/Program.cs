using BenchmarkDotNet.Running;
using KampungKB.Graph.Server.Benchmarks;

// `dotnet run -c Release -- --filter '*'` for BenchmarkDotNet; `-- --quick` for a rough interleaved comparison; `-- --check` prints both answers.
var benchmarks = new RequestBenchmarks();
var pairs = new (string Name, Func<Task<string>> Hand, Func<Task<string>> Hub)[]
{
    ("flat filtered list", benchmarks.FlatHand, benchmarks.FlatHub),
    ("nested filter", benchmarks.NestedFilterHand, benchmarks.NestedFilterHub),
    ("nested lists", benchmarks.NestedListsHand, benchmarks.NestedListsHub),
    ("list with reference", benchmarks.ListWithReferenceHand, benchmarks.ListWithReferenceHub),
};
if (args.Contains("--check") || args.Contains("--quick"))
{
    benchmarks.Setup();
    foreach (var (name, hand, hub) in pairs)
    {
        if (args.Contains("--check"))
        {
            var (a, b) = (await hand(), await hub());
            Console.WriteLine($"{name}: {(a == b ? "same JSON" : "DIFFERENT JSON")} ({a.Length} chars)");
            if (a != b) Console.WriteLine($"  hand: {a[..Math.Min(300, a.Length)]}\n  hub:  {b[..Math.Min(300, b.Length)]}");
            continue;
        }
        // Interleaved, so machine noise hits both sides alike; BenchmarkDotNet gives the careful figures.
        var times = new double[2];
        for (var round = 0; round < 600; round++)
            foreach (var (index, run) in new[] { (0, hand), (1, hub) })
            {
                var start = System.Diagnostics.Stopwatch.GetTimestamp();
                await run();
                if (round >= 100) times[index] += System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        Console.WriteLine($"{name}: hand {times[0] / 500:F3} ms, hub {times[1] / 500:F3} ms, ratio {times[1] / times[0]:F2}");
    }
    benchmarks.Cleanup();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(RequestBenchmarks).Assembly).Run(args);
