using System.ComponentModel;
using GraphQL.Types;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KampungKB.Graph.Server.Cli;

/// <summary><c>export-schema [FILE]</c>: writes the SDL that <c>GET /graphql?sdl</c> serves.</summary>
internal sealed class ExportSchemaCommand : AsyncCommand<ExportSchemaCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[FILE]")]
        [Description("Where to write the SDL.")]
        [DefaultValue("schema/schema.graphql")]
        public string File { get; init; } = "schema/schema.graphql";

        [CommandOption("--stdout")]
        [Description("Print the SDL instead of writing a file.")]
        public bool Stdout { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var app = VerbHost.Build();
        var sdl = SchemaSdl.Print(app.Services.GetRequiredService<ISchema>());
        if (settings.Stdout)
        {
            Console.Out.Write(sdl);
            return 0;
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(settings.File));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(settings.File, sdl, cancellationToken);
        AnsiConsole.MarkupLineInterpolated($"Wrote the schema to [green]{settings.File}[/].");
        return 0;
    }
}
