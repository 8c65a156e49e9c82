using System.Diagnostics;
using System.Globalization;
using KampungKB.Graph.Data.Import;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace KampungKB.Graph.Server.Cli;

/// <summary>
/// Shows an import's progress: a Spectre progress bar with rows per second on an interactive terminal,
/// plain timestamped lines (at most one a second per phase) when output is redirected, so logs stay readable.
/// </summary>
internal static class ImportProgressDisplay
{
    public static bool Interactive => AnsiConsole.Profile.Capabilities.Interactive && !Console.IsOutputRedirected;

    public static async Task<T> RunAsync<T>(string title, Func<IProgress<ImportProgress>, Task<T>> work)
    {
        if (!Interactive)
        {
            return await work(new PlainLines(title));
        }
        T result = default!;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RowsColumn(), new RowsPerSecondColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var tasks = new Dictionary<string, ProgressTask>();
                result = await work(new Inline(p =>
                {
                    if (!tasks.TryGetValue(p.Phase, out var task))
                    {
                        task = tasks[p.Phase] = context.AddTask($"{title}: {p.Phase}", maxValue: Math.Max(1, p.Total));
                    }
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                }));
                foreach (var task in tasks.Values)
                {
                    task.Value = task.MaxValue;
                    task.StopTask();
                }
            });
        return result;
    }

    /// <summary>Runs the callback on the reporting thread, unlike <see cref="Progress{T}"/>, so counts arrive in order.</summary>
    private sealed class Inline(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }

    private sealed class PlainLines(string title) : IProgress<ImportProgress>
    {
        private readonly Stopwatch _watch = Stopwatch.StartNew();
        // Per phase: when it started and when it last printed.
        private readonly Dictionary<string, (TimeSpan Started, TimeSpan Printed)> _phases = [];

        public void Report(ImportProgress p)
        {
            var now = _watch.Elapsed;
            var known = _phases.TryGetValue(p.Phase, out var phase);
            if (!known)
            {
                phase = (now, TimeSpan.MinValue);
            }
            if (known && p.Done < p.Total && now - phase.Printed < TimeSpan.FromSeconds(1))
            {
                return;
            }
            var seconds = (now - phase.Started).TotalSeconds;
            var rate = seconds > 0.01 ? $" ({p.Done / seconds:N0} rows/s)" : "";
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"[{now.TotalSeconds,6:0.0}s] {title}: {p.Phase} {p.Done:N0}/{p.Total:N0}{rate}"));
            _phases[p.Phase] = (phase.Started, now);
        }
    }

    private sealed class RowsColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(string.Create(CultureInfo.InvariantCulture, $"{task.Value:N0}/{task.MaxValue:N0}"));
    }

    private sealed class RowsPerSecondColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(task.Speed is { } speed ? string.Create(CultureInfo.InvariantCulture, $"{speed:N0} rows/s") : "", new Style(Color.Grey));
    }
}
