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
            if (name == "list with reference" && (await benchmarks.ListWithReferenceRawSql() != await hand() || await benchmarks.ListWithReferenceHandOneStatement() != await hand() || await benchmarks.ListWithReferenceCompiled() != await hand()))
                Console.WriteLine("list with reference: raw SQL, one-statement LINQ or the compiled query gives DIFFERENT JSON");
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
    if (args.Contains("--quick")) await Floors(benchmarks);
    benchmarks.Cleanup();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(RequestBenchmarks).Assembly).Run(args);

// The list with reference five ways, interleaved: raw SQL (the load benchmark's floor), hand-written EF Core LINQ (one statement as the hub
// sends, the same as a compiled query, and two statements), the hub.
static async Task Floors(RequestBenchmarks benchmarks)
{
    var sides = new (string Name, Func<Task<string>> Run)[]
        { ("raw SQL", benchmarks.ListWithReferenceRawSql), ("EF Core LINQ, one statement", benchmarks.ListWithReferenceHandOneStatement),
          ("EF Core compiled query, one statement", benchmarks.ListWithReferenceCompiled),
          ("EF Core LINQ, two", benchmarks.ListWithReferenceHand), ("hub", benchmarks.ListWithReferenceHub) };
    var times = new double[sides.Length];
    for (var round = 0; round < 1100; round++)
        for (var index = 0; index < sides.Length; index++)
        {
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            await sides[index].Run();
            if (round >= 100) times[index] += System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
    Console.WriteLine("list with reference, per request: " + string.Join(", ", sides.Select((side, i) => $"{side.Name} {times[i] / 1000:F3} ms ({times[i] / times[0]:F2}x raw SQL)")));
}
