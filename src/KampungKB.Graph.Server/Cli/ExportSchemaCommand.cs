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
        [Description("Where to write the SDL; default schema/schema.graphql of the repository around the current folder.")]
        public string? File { get; init; }

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
        var file = Path.GetFullPath(settings.File ?? Path.Combine(RepositoryRoot(), "schema", "schema.graphql"));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, sdl, cancellationToken);
        AnsiConsole.MarkupLineInterpolated($"Wrote the schema to [green]{file}[/].");
        return 0;
    }

    // `dotnet run` starts in the project folder; the schema file belongs to the repository.
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "KampungKB.Graph.sln"))) return dir.FullName;
        return Environment.CurrentDirectory;
    }
}
