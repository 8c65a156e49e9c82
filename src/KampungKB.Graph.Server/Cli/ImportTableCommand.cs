using KampungKB.Graph.Data;
using KampungKB.Graph.Data.Import;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KampungKB.Graph.Server.Cli;

/// <summary>
/// <c>import kampung-kb|profiles|reports|observations FILE.csv|FILE.xlsx</c> (the kind is the command's data).
/// Layouts: docs/importing.md, samples in docs/samples/. Exit codes as <c>import regions</c>: 0, 1 rejected rows, 2 usage or file error.
/// </summary>
internal sealed class ImportTableCommand : AsyncCommand<ImportTableCommand.Settings>
{
    private const int ShownErrors = 30;

    public sealed class Settings : ImportSettings;

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var kind = (string)context.Data!;
        if (!File.Exists(settings.File))
        {
            AnsiConsole.MarkupLineInterpolated($"[red]No such file:[/] {settings.File}");
            return 2;
        }
        await using var database = await VerbDatabase.OpenAsync(settings.Connection, cancellationToken);
        var db = database.Db;

        var options = new TableImportOptions(settings.AllowPartial);
        var report = await ImportProgressDisplay.RunAsync(kind, progress => kind switch
        {
            "kampung-kb" => KampungKbDataImporter.ImportKampungKbsAsync(db, settings.File, options, progress, cancellationToken),
            "profiles" => KampungKbDataImporter.ImportProfilesAsync(db, settings.File, options, progress, cancellationToken),
            "reports" => KampungKbDataImporter.ImportReportsAsync(db, settings.File, options, progress, cancellationToken),
            _ => KampungKbDataImporter.ImportObservationsAsync(db, settings.File, options, progress, cancellationToken),
        });

        var errors = report.AllErrors.ToList();
        if (errors.Count > 0)
        {
            var table = new Table().Title($"[red]{errors.Count} rejected[/] in {Markup.Escape(report.File)}").AddColumns("line", "column", "reason");
            foreach (var e in errors.Take(ShownErrors))
                table.AddRow(e.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(e.Column), Markup.Escape(e.Reason));
            if (errors.Count > ShownErrors) table.Caption($"... and {errors.Count - ShownErrors} more in the reject file");
            AnsiConsole.Write(table);
            var rejects = settings.Rejects ?? RejectFile.PathFor(settings.File);
            await RejectFile.WriteAsync(rejects, errors, report.Header, cancellationToken);
            AnsiConsole.MarkupLineInterpolated($"Rejected rows written to [yellow]{rejects}[/].");
        }
        if (report.FileError is not null)
        {
            AnsiConsole.MarkupLine("[red]The file cannot be imported; nothing was written.[/]");
        }
        else if (report.Errors.Count > 0 && !settings.AllowPartial)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]Nothing was written:[/] {report.Errors.Count:N0} of {report.Records:N0} rows rejected. Fix them, or use --allow-partial to write the valid rows.");
        }
        else
        {
            AnsiConsole.MarkupLineInterpolated($"[green]{report.Added:N0} added, {report.Updated:N0} updated[/], {report.Unchanged:N0} unchanged, {report.Errors.Count:N0} rejected; {report.Reclassified:N0} Kampung KB reclassified; {report.Records:N0} rows in {report.Elapsed.TotalSeconds:0.00} s.");
        }
        return report.ExitCode;
    }
}
