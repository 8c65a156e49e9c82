using Spectre.Console.Cli;

namespace KampungKB.Graph.Server.Cli;

/// <summary>The executable's verbs; with none (or only host options such as <c>--urls</c>), it serves.</summary>
internal static class HubCommands
{
    public static bool IsVerb(string[] args) =>
        args.Length > 0 && (!args[0].StartsWith('-') || args[0] is "-h" or "--help" or "-v" or "--version");

    public static Task<int> RunAsync(string[] args)
    {
        // Redirected output goes to logs and scripts: do not wrap summary lines at the default 80 columns.
        if (Console.IsOutputRedirected) Spectre.Console.AnsiConsole.Profile.Width = 200;
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("kampungkb");
            config.AddCommand<ExportSchemaCommand>("export-schema")
                .WithDescription("Write the served GraphQL schema as SDL (default schema/schema.graphql).");
            config.AddBranch("import", import =>
            {
                import.SetDescription("Load data from files into the database (all or nothing unless --allow-partial).");
                import.AddCommand<ImportRegionsCommand>("regions")
                    .WithDescription("Upsert the Kemendagri region list (kode,nama), e.g. ../shared/data/wilayah/kemendagri-2025.csv.")
                    .WithExample("import", "regions", "../shared/data/wilayah/kemendagri-2025.csv");
            });
            config.AddBranch("seed", seed =>
            {
                seed.SetDescription("Generate a dataset into the database.");
                seed.AddCommand<SeedDemoCommand>("demo")
                    .WithDescription("Load the Bali demo dataset into an empty database (--force replaces what is there).");
                seed.AddCommand<SeedNationalCommand>("national")
                    .WithDescription("Generate a country-sized dataset (official regions with --regions FILE, else synthetic; about 76,000 Kampung KB).");
            });
        });
        return app.RunAsync(args);
    }
}
