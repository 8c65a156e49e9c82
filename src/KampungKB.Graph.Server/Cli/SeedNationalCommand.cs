using System.ComponentModel;
using KampungKB.Graph.Data;
using KampungKB.Graph.Data.National;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KampungKB.Graph.Server.Cli;

/// <summary><c>seed national [--regions FILE]</c>: a country-sized dataset (about 76,000 Kampung KB) for scale tests and benchmarks.</summary>
internal sealed class SeedNationalCommand : AsyncCommand<SeedNationalCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--regions <FILE>")]
        [Description("The official Kemendagri list (kode,nama), e.g. ../shared/data/wilayah/kemendagri-2025.csv; default synthetic regions of the same shape.")]
        public string? Regions { get; init; }

        [CommandOption("--connection <CONNECTION_STRING>")]
        [Description("Connection string for Database:Provider (SQLite unless set); default ConnectionStrings:KampungKb (data/kampungkb.db).")]
        public string? Connection { get; init; }

        [CommandOption("--force")]
        [Description("Delete the database first.")]
        public bool Force { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Regions is not null && !File.Exists(settings.Regions))
        {
            AnsiConsole.MarkupLineInterpolated($"[red]No such file:[/] {settings.Regions}");
            return 2;
        }
        await using var app = VerbHost.Build(settings.Connection);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KampungKbDbContext>();
        if (!await EmptyDatabase.PrepareAsync(db, settings.Force, cancellationToken)) return 2;
        NationalSeedSummary summary;
        try
        {
            summary = await ImportProgressDisplay.RunAsync("national", progress =>
                NationalSeeder.SeedAsync(db, settings.Regions, progress, cancellationToken));
        }
        catch (InvalidDataException e)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return 1;
        }
        var rows = summary.Profiles + summary.Reports + summary.Participations + summary.Observations;
        AnsiConsole.MarkupLineInterpolated(
            $"Seeded [green]{summary.Provinces:N0}[/] provinces, [green]{summary.Regencies:N0}[/] kab/kota, [green]{summary.Districts:N0}[/] kecamatan, [green]{summary.Villages:N0}[/] villages, [green]{summary.KampungKbs:N0}[/] Kampung KB");
        AnsiConsole.MarkupLineInterpolated(
            $"with {summary.Profiles:N0} profiles, {summary.Reports:N0} monthly reports, {summary.Participations:N0} participations and {summary.Observations:N0} observations ({rows:N0} rows) in {summary.Elapsed.TotalSeconds:0.0} s.");
        var file = DatabaseFile(db);
        if (file is not null)
        {
            AnsiConsole.MarkupLineInterpolated($"Database {file}: {new FileInfo(file).Length / 1024.0 / 1024.0:0.0} MiB.");
        }
        return 0;
    }

    private static string? DatabaseFile(KampungKbDbContext db)
    {
        if (!db.Database.IsSqlite()) return null;
        var path = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        return string.IsNullOrEmpty(path) || !File.Exists(path) ? null : Path.GetFullPath(path);
    }
}
