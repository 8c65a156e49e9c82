using System.ComponentModel;
using KampungKB.Graph.Data;
using KampungKB.Graph.Data.Demo;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KampungKB.Graph.Server.Cli;

/// <summary><c>seed demo</c>: the Bali demo dataset, the same one the hub loads into an empty database on first start.</summary>
internal sealed class SeedDemoCommand : AsyncCommand<SeedDemoCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--connection <CONNECTION_STRING>")]
        [Description("Connection string for Database:Provider (SQLite unless set); default ConnectionStrings:KampungKb (data/kampungkb.db).")]
        public string? Connection { get; init; }

        [CommandOption("--force")]
        [Description("Delete the database first, then load the demo.")]
        public bool Force { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var app = VerbHost.Build(settings.Connection);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KampungKbDbContext>();
        if (!await EmptyDatabase.PrepareAsync(db, settings.Force, cancellationToken)) return 2;
        var summary = await BaliDemoSeeder.SeedAsync(db, cancellationToken);
        AnsiConsole.MarkupLineInterpolated($"Loaded the Bali demo: [green]{summary.Villages}[/] villages, [green]{summary.KampungKbs}[/] Kampung KB, {summary.KampungKbRows} profile and report rows, {summary.Observations} observations.");
        return 0;
    }
}
