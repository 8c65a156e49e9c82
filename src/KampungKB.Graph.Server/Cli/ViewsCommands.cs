using System.ComponentModel;
using System.Text;
using KampungKB.Graph.Data;
using KampungKB.Graph.Server.Partners.Views;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KampungKB.Graph.Server.Cli;

/// <summary><c>views add NAME FILE.graphql</c>: validates the query against the schema, then saves it as <c>/views/NAME</c>.</summary>
internal sealed class ViewsAddCommand : AsyncCommand<ViewsAddCommand.Settings>
{
    public sealed class Settings : DatabaseSettings
    {
        [CommandArgument(0, "<NAME>")]
        [Description("The view's name (letters, digits, '-', '_', '.'): it is served at /views/NAME.")]
        public string Name { get; init; } = "";

        [CommandArgument(1, "<FILE>")]
        [Description("A .graphql file holding one query operation (fragments allowed).")]
        public string File { get; init; } = "";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (await SavedDocumentFile.ReadAsync(settings.File, cancellationToken) is not { } body) return 2;
        await using var database = await VerbDatabase.OpenAsync(settings.Connection, cancellationToken);
        var outcome = await ViewCatalog.SaveViewAsync(database.Services, settings.Name, body, "cli", cancellationToken);
        if (outcome.Document is not { } view) return SavedDocumentFile.Refused(settings.File, outcome.Problems);
        Console.Out.WriteLine(view.Hash);
        Console.Error.WriteLine(outcome.Replaced
            ? $"Replaced the view '{view.Name}': /views/{view.Name} now runs {settings.File} (the previous document stays reachable by its documentId)."
            : $"Saved the view '{view.Name}': GET /views/{view.Name} (add ?format=csv for CSV).");
        return 0;
    }
}

/// <summary><c>views list</c>: names, documentIds, variables.</summary>
internal sealed class ViewsListCommand : AsyncCommand<DatabaseSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, DatabaseSettings settings, CancellationToken cancellationToken)
    {
        await using var database = await VerbDatabase.OpenAsync(settings.Connection, cancellationToken);
        var db = database.Db;
        var table = new Table().AddColumns("name", "variables", "documentId", "saved by", "saved (UTC)");
        foreach (var view in await ViewCatalog.ListAsync(db, cancellationToken))
            table.AddRow(Markup.Escape(view.Name!), Markup.Escape(string.Join(", ", ViewDocument.Variables(view.Body).Select(v => $"${v.Name}: {v.Type}"))),
                view.Hash, Markup.Escape(view.SavedBy), $"{view.SavedAt:yyyy-MM-dd HH:mm}");
        AnsiConsole.Write(table);
        return 0;
    }
}

/// <summary><c>views remove NAME</c>: the view's URL and document stop working.</summary>
internal sealed class ViewsRemoveCommand : AsyncCommand<ViewsRemoveCommand.Settings>
{
    public sealed class Settings : DatabaseSettings
    {
        [CommandArgument(0, "<NAME>")]
        [Description("The view's name, as in views list.")]
        public string Name { get; init; } = "";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var database = await VerbDatabase.OpenAsync(settings.Connection, cancellationToken);
        if (await ViewCatalog.RemoveViewAsync(database.Services, settings.Name, cancellationToken) is null)
        {
            Console.Error.WriteLine($"No view named '{settings.Name}'; see views list.");
            return 2;
        }
        Console.Error.WriteLine($"Removed the view '{settings.Name}'.");
        return 0;
    }
}

/// <summary><c>documents add FILE.graphql</c>: saves an unnamed persisted document and prints its documentId.</summary>
internal sealed class DocumentsAddCommand : AsyncCommand<DocumentsAddCommand.Settings>
{
    public sealed class Settings : DatabaseSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("A .graphql file: any operations (queries or mutations) and fragments.")]
        public string File { get; init; } = "";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (await SavedDocumentFile.ReadAsync(settings.File, cancellationToken) is not { } body) return 2;
        await using var database = await VerbDatabase.OpenAsync(settings.Connection, cancellationToken);
        var outcome = await ViewCatalog.SaveDocumentAsync(database.Services, body, "cli", cancellationToken);
        if (outcome.Document is not { } document) return SavedDocumentFile.Refused(settings.File, outcome.Problems);
        // The id alone on stdout, for scripts.
        Console.Out.WriteLine(document.Hash);
        Console.Error.WriteLine($"Saved {settings.File}: POST {{\"documentId\": \"{document.Hash}\"}} to /graphql runs it.");
        return 0;
    }
}

/// <summary><c>documents list</c>: every saved document's id, the view it serves (if any), its operations, who saved it and when.</summary>
internal sealed class DocumentsListCommand : AsyncCommand<DatabaseSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, DatabaseSettings settings, CancellationToken cancellationToken)
    {
        await using var database = await VerbDatabase.OpenAsync(settings.Connection, cancellationToken);
        var table = new Table().AddColumns("documentId", "view", "operations", "saved by", "saved (UTC)");
        foreach (var document in await ViewCatalog.ListDocumentsAsync(database.Db, cancellationToken))
            table.AddRow(document.Hash, Markup.Escape(document.Name ?? "-"), Markup.Escape(OperationsOf(document.Body)),
                Markup.Escape(document.SavedBy), $"{document.SavedAt:yyyy-MM-dd HH:mm}");
        AnsiConsole.Write(table);
        return 0;
    }

    // "query Overview, mutation (anonymous)": what a client would run by this id.
    private static string OperationsOf(string body) =>
        string.Join(", ", (ViewDocument.Operations(body) ?? []).Select(o => $"{o.Operation.ToString().ToLowerInvariant()} {o.Name?.StringValue ?? "(anonymous)"}"));
}

/// <summary><c>documents remove ID</c>: an unnamed persisted document stops running; a view's document is removed with its view.</summary>
internal sealed class DocumentsRemoveCommand : AsyncCommand<DocumentsRemoveCommand.Settings>
{
    public sealed class Settings : DatabaseSettings
    {
        [CommandArgument(0, "<ID>")]
        [Description("The documentId, sha256:..., as documents add printed it and documents list shows it.")]
        public string Id { get; init; } = "";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var database = await VerbDatabase.OpenAsync(settings.Connection, cancellationToken);
        var (removed, problem) = await ViewCatalog.RemoveDocumentAsync(database.Services, settings.Id, cancellationToken);
        if (removed is null)
        {
            Console.Error.WriteLine(problem);
            return 2;
        }
        Console.Error.WriteLine($"Removed the document {removed.Hash}: a request naming it now gets DOCUMENT_NOT_FOUND.");
        return 0;
    }
}

/// <summary>Reading a document file and reporting why it was refused, shared by <c>views add</c> and <c>documents add</c>.</summary>
internal static class SavedDocumentFile
{
    /// <summary>The file's text as saved (its hash is the documentId clients compute from the same file), or null after saying why not.</summary>
    public static async Task<string?> ReadAsync(string path, CancellationToken ct)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"No file '{path}'; give the path of a .graphql file.");
            return null;
        }
        return await File.ReadAllTextAsync(path, new UTF8Encoding(false), ct);
    }

    public static int Refused(string path, IReadOnlyList<ViewProblem> problems)
    {
        Console.Error.WriteLine($"{path} was not saved:");
        foreach (var problem in problems) Console.Error.WriteLine($"  {problem.Message}");
        return 1;
    }
}
