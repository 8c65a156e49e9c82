using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Server.Tests.Partners.Views;

/// <summary>The <c>views</c> and <c>documents</c> verbs, run as the built executable against a database of their own.</summary>
public sealed class ViewsCliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kampungkb-views-").FullName;

    private readonly TempDatabase _database = TempDatabase.Create();

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    private async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.ArgumentList.Add("--connection");
        start.ArgumentList.Add(_database.ConnectionString);
        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEndAsync();
        var error = child.StandardError.ReadToEndAsync();
        await child.WaitForExitAsync();
        return (child.ExitCode, await output, await error);
    }

    [Fact(DisplayName = "views add (validated; re-adding replaces and says so), list, remove; an invalid document is refused with the validation messages")]
    public async Task Views_end_to_end()
    {
        var view = Write("view.graphql", "query($code: String!) { regency(code: $code) { name } }\n");
        var changed = Write("changed.graphql", "query($code: String!) { regency(code: $code) { code name } }\n");
        var invalid = Write("invalid.graphql", "{ regencies { nodes { codex } } }");

        var added = await RunAsync("views", "add", "regency", view);
        var replaced = await RunAsync("views", "add", "regency", changed);
        var refused = await RunAsync("views", "add", "other", invalid);
        var listed = await RunAsync("views", "list");
        var removed = await RunAsync("views", "remove", "regency");
        var missing = await RunAsync("views", "remove", "regency");

        Assert.Equal(0, added.ExitCode);
        Assert.Equal(IdOf(File.ReadAllText(view)), added.Out.Trim());
        Assert.Contains("Saved the view 'regency'", added.Error);
        Assert.Equal(0, replaced.ExitCode);
        Assert.Contains("Replaced the view 'regency'", replaced.Error);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("Cannot query field 'codex' on type 'Regency'", refused.Error);
        Assert.Equal(0, listed.ExitCode);
        Assert.Contains("regency", listed.Out);
        Assert.Contains("$code: String!", listed.Out);
        Assert.Equal(0, removed.ExitCode);
        Assert.Equal(2, missing.ExitCode);
        await using var db = _database.CreateContext();
        Assert.False(await db.SavedDocuments.AnyAsync(d => d.Name != null));
        // The replaced document stays reachable by its documentId; the removed one is gone.
        Assert.Equal([IdOf(File.ReadAllText(view))], await db.SavedDocuments.Select(d => d.Hash).ToListAsync());
    }

    [Fact(DisplayName = "documents add prints the sha256 documentId of the file; an invalid one exits 1")]
    public async Task Documents_add()
    {
        var document = Write("doc.graphql", "query A { __typename }\nmutation B { removeView(input: { name: \"x\" }) { errors { code } } }\n");
        var (exitCode, output, _) = await RunAsync("documents", "add", document);
        var (badExit, _, badError) = await RunAsync("documents", "add", Write("bad.graphql", "{ nope }"));

        Assert.Equal(0, exitCode);
        Assert.Equal(IdOf(File.ReadAllText(document)), output.Trim());
        Assert.Equal(1, badExit);
        Assert.Contains("nope", badError);
    }

    [Fact(DisplayName = "documents list shows every saved document with its view and operations; documents remove drops an unnamed one, refuses a view's, and says when there is none")]
    public async Task Documents_list_and_remove()
    {
        var document = Write("doc.graphql", "query Tiles { __typename }\nmutation Drop { removeView(input: { name: \"x\" }) { errors { code } } }\n");
        var view = Write("view.graphql", "query Regency($code: String!) { regency(code: $code) { name } }\n");
        await RunAsync("documents", "add", document);
        await RunAsync("views", "add", "regency", view);
        var (id, viewId) = (IdOf(File.ReadAllText(document)), IdOf(File.ReadAllText(view)));

        var listed = await RunAsync("documents", "list");
        var refused = await RunAsync("documents", "remove", viewId);
        var removed = await RunAsync("documents", "remove", id);
        var missing = await RunAsync("documents", "remove", id);

        Assert.Equal(0, listed.ExitCode);
        Assert.Contains(id, listed.Out);
        Assert.Contains(viewId, listed.Out);
        Assert.Contains("query Tiles, mutation Drop", listed.Out);
        Assert.Contains("regency", listed.Out);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("views remove regency", refused.Error);
        Assert.Equal(0, removed.ExitCode);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("documents list", missing.Error);
        await using var db = _database.CreateContext();
        Assert.Equal([viewId], await db.SavedDocuments.Select(d => d.Hash).ToListAsync());
    }

    private static string IdOf(string text) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
