using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using KampungKB.Graph.Server.Hosting;
using Microsoft.Extensions.Logging;

namespace KampungKB.Graph.Server.Tests.Hosting;

/// <summary>
/// Production's logs as deployed: the real <c>kampungkb.dll</c> as a child process, its standard output read line by line;
/// and the batching logger's own promises (errors at once, order, numbers it cannot write as numbers).
/// </summary>
public sealed class ProductionLogTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Secret = "51.01-SECRET-b41c";
    private const string OperationCategory = "KampungKB.Graph.Server.Hosting.GraphQLOperationTelemetry";

    [Fact(DisplayName = "In Production the hub writes one JSON object per line to stdout: each operation's line within 2 s, the rest when it stops, at the levels of the appsettings.json beside it wherever it starts")]
    public async Task Production_writes_json_lines()
    {
        hub.CreateClient().Dispose();
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetTempPath(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = hub.Database.Provider.ToString();
        start.Environment["ConnectionStrings__KampungKb"] = hub.Database.ConnectionString;
        var lines = new ConcurrentQueue<string>();
        using var child = new Process { StartInfo = start };
        child.OutputDataReceived += (_, e) => { if (e.Data is { } line) lines.Enqueue(line); };
        child.Start();
        child.BeginOutputReadLine();
        _ = child.StandardError.ReadToEndAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitUntilAsync(async () => (await TryGetAsync(http, "/readyz")) == HttpStatusCode.OK, TimeSpan.FromMinutes(1), "the hub to be ready");

            var body = JsonSerializer.Serialize(new
            {
                query = "query ProductionLogRegency($code: String!) { regency(code: $code) { name } }",
                variables = new { code = Secret },
            });
            using var response = await http.PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);

            // Batched, yet out within 2 s: no stop, no error forces it.
            await WaitUntilAsync(() => Task.FromResult(lines.Any(l => l.Contains("ProductionLogRegency", StringComparison.Ordinal))),
                TimeSpan.FromSeconds(2), "the operation's line");
            var operation = JsonDocument.Parse(lines.Single(l => l.Contains("ProductionLogRegency", StringComparison.Ordinal))).RootElement;
            Assert.Equal(OperationCategory, operation.GetProperty("Category").GetString());
            Assert.Equal("Information", operation.GetProperty("LogLevel").GetString());
            Assert.StartsWith("GraphQL query ProductionLogRegency: ok in ", operation.GetProperty("Message").GetString());
            var state = operation.GetProperty("State");
            Assert.Equal("ProductionLogRegency", state.GetProperty("OperationName").GetString());
            Assert.Equal("ok", state.GetProperty("Outcome").GetString());
            Assert.True(state.GetProperty("ElapsedMilliseconds").GetDouble() > 0);
            Assert.Equal(JsonValueKind.Number, state.GetProperty("Complexity").ValueKind);

            Process.Start("kill", ["-TERM", child.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await child.WaitForExitAsync(timeout.Token);
            Assert.Equal(0, child.ExitCode);
        }
        finally
        {
            if (!child.HasExited) child.Kill();
        }

        // Every line a JSON object with the console formatter's fields; the stop's own line written before the exit.
        var all = lines.ToList();
        Assert.All(all, line =>
        {
            var entry = JsonDocument.Parse(line).RootElement;
            Assert.Equal(JsonValueKind.Number, entry.GetProperty("EventId").ValueKind);
            Assert.False(string.IsNullOrEmpty(entry.GetProperty("LogLevel").GetString()));
            Assert.False(string.IsNullOrEmpty(entry.GetProperty("Category").GetString()));
        });
        Assert.Contains(all, l => l.Contains("Application is shutting down", StringComparison.Ordinal));
        Assert.DoesNotContain(all, l => l.Contains(Secret, StringComparison.Ordinal));
        // Started in the temp folder, not beside the binary: the appsettings.json built beside it still sets the levels
        // (EF Core and ASP.NET Core at Warning), as under `dotnet run` from the repository root.
        Assert.DoesNotContain(all, l => l.Contains("\"Category\":\"Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.DoesNotContain(all, l => l.Contains("\"Category\":\"Microsoft.AspNetCore.Hosting.Diagnostics", StringComparison.Ordinal));
    }

    [Fact(DisplayName = "The batching logger writes an error at once, keeps the lines' order, and writes a number JSON cannot hold as text")]
    public void Errors_are_written_at_once()
    {
        using var output = new MemoryStream();
        using var provider = new JsonLinesLoggerProvider(output);
        var logger = provider.CreateLogger("Tests.Category");

        logger.LogInformation("Ratio {Ratio} of {Count}", double.NaN, 3);
        logger.LogError(new InvalidOperationException("broken on purpose"), "Failed {Step}", "import");

        // No wait and no flush: the error wrote what was pending, then itself.
        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        var first = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal("Tests.Category", first.GetProperty("Category").GetString());
        Assert.Equal("NaN", first.GetProperty("State").GetProperty("Ratio").GetString());
        Assert.Equal(3, first.GetProperty("State").GetProperty("Count").GetInt32());
        Assert.Equal("Ratio {Ratio} of {Count}", first.GetProperty("State").GetProperty("{OriginalFormat}").GetString());
        var second = JsonDocument.Parse(lines[1]).RootElement;
        Assert.Equal("Error", second.GetProperty("LogLevel").GetString());
        Assert.Equal("Failed import", second.GetProperty("Message").GetString());
        Assert.Contains("broken on purpose", second.GetProperty("Exception").GetString());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<HttpStatusCode?> TryGetAsync(HttpClient http, string path)
    {
        try
        {
            using var response = await http.GetAsync(path);
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan limit, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > limit) Assert.Fail($"Waited {limit.TotalSeconds} s for {what}.");
            await Task.Delay(20);
        }
    }
}
