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
                import.AddCommand<ImportTableCommand>("kampung-kb").WithData("kampung-kb")
                    .WithDescription("Upsert Kampung KB (village_code,name,declared_on,...) from CSV or .xlsx; see docs/importing.md.");
                import.AddCommand<ImportTableCommand>("profiles").WithData("profiles")
                    .WithDescription("Upsert profile snapshots (village_code,period,pokja_formed,...); classes are recomputed.");
                import.AddCommand<ImportTableCommand>("reports").WithData("reports")
                    .WithDescription("Upsert monthly KKBPK reports (village_code,period,families,pus,...); classes are recomputed.");
                import.AddCommand<ImportTableCommand>("observations").WithData("observations")
                    .WithDescription("Upsert indicator observations (village_code,indicator_code,period,value).");
            });
            config.AddBranch("export", export =>
            {
                export.SetDescription("Write a region's data as CSV or .xlsx, in the layout the importers read.");
                export.AddCommand<ExportCommand>("kampung-kb").WithData(Data.Import.ExportKind.KampungKb)
                    .WithDescription("Kampung KB of a region: export kampung-kb --where-region 51.01 jembrana.csv");
                export.AddCommand<ExportCommand>("observations").WithData(Data.Import.ExportKind.Observations)
                    .WithDescription("Indicator observations of a region's Kampung KB.");
            });
            config.AddBranch("keys", keys =>
            {
                keys.SetDescription("Manage API keys (sent as 'Authorization: Bearer <key>').");
                keys.AddCommand<KeysCreateCommand>("create")
                    .WithDescription("Create a key and print its secret once: keys create --name dinas-jembrana --role partner --scope 51.01")
                    .WithExample("keys", "create", "--name", "dinas-jembrana", "--role", "partner", "--scope", "51.01");
                keys.AddCommand<KeysListCommand>("list").WithDescription("List keys: name, role, scope, state (never secrets).");
                keys.AddCommand<KeysRevokeCommand>("revoke").WithDescription("Revoke a key by name; it stops working at once on every hub.");
            });
            config.AddBranch("views", views =>
            {
                views.SetDescription("Manage custom views: saved queries served at GET /views/NAME as JSON or CSV.");
                views.AddCommand<ViewsAddCommand>("add")
                    .WithDescription("Validate a query against the schema and save it as a view (an existing name is replaced): views add jembrana-mandiri view.graphql")
                    .WithExample("views", "add", "jembrana-mandiri", "view.graphql");
                views.AddCommand<ViewsListCommand>("list").WithDescription("List views: name, variables, documentId.");
                views.AddCommand<ViewsRemoveCommand>("remove").WithDescription("Remove a view by name.");
            });
            config.AddBranch("documents", documents =>
            {
                documents.SetDescription("Manage persisted documents, run by POSTing {\"documentId\": \"sha256:...\"} to /graphql.");
                documents.AddCommand<DocumentsAddCommand>("add")
                    .WithDescription("Validate a .graphql file against the schema, save it and print its documentId.");
                documents.AddCommand<DocumentsListCommand>("list").WithDescription("List saved documents: documentId, view, operations, saved by and when.");
                documents.AddCommand<DocumentsRemoveCommand>("remove").WithDescription("Remove a persisted document by its documentId (a view's: views remove).");
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
