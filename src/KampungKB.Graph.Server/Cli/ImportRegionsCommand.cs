using KampungKB.Graph.Data;
using KampungKB.Graph.Data.Import;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KampungKB.Graph.Server.Cli;

/// <summary>
/// <c>import regions FILE.csv</c>: loads a Kemendagri <c>kode,nama</c> list (e.g. ../shared/data/wilayah/kemendagri-2025.csv).
/// Exit codes: 0 imported, 1 rows rejected (see the reject file), 2 usage or file error.
/// </summary>
internal sealed class ImportRegionsCommand : AsyncCommand<ImportRegionsCommand.Settings>
{
    private const int ShownErrors = 30;

    public sealed class Settings : ImportSettings;

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.File))
        {
            AnsiConsole.MarkupLineInterpolated($"[red]No such file:[/] {settings.File}");
            return 2;
        }
        await using var database = await VerbDatabase.OpenAsync(settings.Connection, cancellationToken);
        var db = database.Db;

        var options = new RegionImportOptions(settings.AllowPartial);
        var report = await ImportProgressDisplay.RunAsync("regions", progress =>
            RegionImporter.ImportFileAsync(db, settings.File, options, progress, cancellationToken));

        Print(report, settings.AllowPartial);
        if (report.FileError is not null || report.Errors.Count > 0)
        {
            var rejects = settings.Rejects ?? RejectFile.PathFor(settings.File);
            await RejectFile.WriteAsync(rejects, report.AllErrors, ["kode", "nama"], cancellationToken);
            AnsiConsole.MarkupLineInterpolated($"Rejected rows written to [yellow]{rejects}[/].");
        }
        return report.ExitCode;
    }

    private static void Print(RegionImportReport report, bool allowPartial)
    {
        if (report.AllErrors.Any())
        {
            var table = new Table().Title($"[red]{report.AllErrors.Count()} rejected[/] in {Markup.Escape(report.File)}")
                .AddColumns("line", "column", "reason");
            foreach (var e in report.AllErrors.Take(ShownErrors))
            {
                table.AddRow(e.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(e.Column), Markup.Escape(e.Reason));
            }
            if (report.AllErrors.Count() > ShownErrors)
            {
                table.Caption($"... and {report.AllErrors.Count() - ShownErrors} more in the reject file");
            }
            AnsiConsole.Write(table);
        }
        if (report.FileError is not null)
        {
            AnsiConsole.MarkupLine("[red]The file cannot be imported; nothing was written.[/]");
            return;
        }

        var summary = new Table().AddColumns("level", "added", "renamed", "unchanged", "in database, not in file");
        foreach (var (level, change) in report.Changes)
        {
            summary.AddRow(level.ToString(), $"{change.Added:N0}", $"{change.Renamed:N0}", $"{change.Unchanged:N0}",
                $"{report.MissingFromFile.GetValueOrDefault(level):N0}");
        }
        AnsiConsole.Write(summary);

        var rows = report.Records;
        var rate = rows / Math.Max(report.Elapsed.TotalSeconds, 0.001);
        if (report.Errors.Count > 0 && !allowPartial)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]Nothing was written:[/] {report.Errors.Count:N0} of {rows:N0} rows rejected. Fix them, or use --allow-partial to write the valid rows.");
        }
        else
        {
            AnsiConsole.MarkupLineInterpolated($"[green]{report.Added:N0} added, {report.Renamed:N0} renamed[/], {report.Unchanged:N0} unchanged, {report.Errors.Count:N0} rejected; {rows:N0} rows in {report.Elapsed.TotalSeconds:0.00} s ({rate:N0} rows/s).");
        }
        if (report.MissingExamples.Count > 0)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]Note:[/] {report.MissingFromFile.Values.Sum():N0} regions in the database are not in the file (kept, never deleted), e.g. {string.Join(", ", report.MissingExamples.Take(5))}.");
        }
    }
}
