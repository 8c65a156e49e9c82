using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

// Usage: KampungKB.Graph.Allocations TRACE.nettrace REQUESTS [TOP]
// The runtime samples an allocation about every 100 KB (GCAllocationTick) with its type and stack; summed and divided
// by the requests served during the trace, the samples estimate what one request allocates, by type and by the method
// that allocated it.
if (args.Length < 2 || !long.TryParse(args[1], out var requests) || requests <= 0)
{
    Console.Error.WriteLine("usage: KampungKB.Graph.Allocations TRACE.nettrace REQUESTS [TOP]");
    return 2;
}
var top = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 25;

using var log = new TraceLog(TraceLog.CreateFromEventPipeDataFile(args[0]));
var byType = new Dictionary<string, long>();
var bySite = new Dictionary<string, long>();
long total = 0;
foreach (var traced in log.Events)
{
    if (traced is not GCAllocationTickTraceData sample) continue;
    var bytes = sample.AllocationAmount64;
    total += bytes;
    byType[sample.TypeName] = byType.GetValueOrDefault(sample.TypeName) + bytes;
    // The allocating method and its caller name the site; runtime helpers without a name are skipped.
    var frames = new List<string>(2);
    for (var frame = sample.CallStack(); frame is not null && frames.Count < 2; frame = frame.Caller)
        if (frame.CodeAddress.FullMethodName is { Length: > 0 } name) frames.Add(Shorten(name));
    var site = $"{sample.TypeName} in {string.Join(" <- ", frames)}";
    bySite[site] = bySite.GetValueOrDefault(site) + bytes;
}

Console.WriteLine($"{total / (double)requests / 1024:F1} KB a request ({requests} requests, {total / 1e6:F0} MB sampled)");
Console.WriteLine("\nBy type:");
Print(byType);
Console.WriteLine("\nBy site (type in allocating method <- its caller):");
Print(bySite);
return 0;

void Print(Dictionary<string, long> sums)
{
    foreach (var (key, bytes) in sums.OrderByDescending(p => p.Value).Take(top))
        Console.WriteLine($"{bytes / (double)requests / 1024,9:F2} KB  {100.0 * bytes / total,5:F1}%  {key}");
}

// Method names carry their whole signature: the type and method are enough to find the line.
static string Shorten(string method)
{
    var open = method.IndexOf('(');
    return open > 0 ? method[..open] : method;
}
