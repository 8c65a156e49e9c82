using System.ComponentModel;
using KampungKB.Graph.Data;
using KampungKB.Graph.Data.Import;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KampungKB.Graph.Server.Cli;

/// <summary><c>export kampung-kb|observations --where-region CODE FILE.csv|FILE.xlsx</c>, in the layout the importer reads.</summary>
internal sealed class ExportCommand : AsyncCommand<ExportCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("Where to write: .csv (UTF-8) or .xlsx.")]
        public string File { get; init; } = "";

        [CommandOption("--where-region <CODE>")]
        [Description("Kemendagri code of a province, kab/kota, kecamatan or village, e.g. 51.01.")]
        public string Region { get; init; } = "";

        [CommandOption("--connection <CONNECTION_STRING>")]
        [Description("Connection string for Database:Provider (SQLite unless set); default ConnectionStrings:KampungKb (data/kampungkb.db).")]
        public string? Connection { get; init; }

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Region) ? ValidationResult.Error("--where-region CODE is required, e.g. --where-region 51.01") : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var kind = (ExportKind)context.Data!;
        await using var app = VerbHost.Build(settings.Connection);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KampungKbDbContext>();
        var rows = await KampungKbExporter.ExportAsync(db, kind, settings.Region.Trim(), settings.File, cancellationToken);
        AnsiConsole.MarkupLineInterpolated($"Wrote [green]{rows:N0}[/] rows of region {settings.Region} to {Path.GetFullPath(settings.File)}.");
        return 0;
    }
}
