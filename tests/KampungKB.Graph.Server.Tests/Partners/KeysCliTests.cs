using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using KampungKB.Graph.Data;
using KampungKB.Graph.Data.Partners;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Server.Tests.Partners;

/// <summary>
/// The <c>keys</c> verbs end to end: the real <c>kampungkb.dll</c> as a child process against the hub's database, and
/// the keys it makes used over HTTP.
/// </summary>
public sealed class KeysCliTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private sealed record Run(int ExitCode, string Out, string Error)
    {
        public string All => Out + Error;
    }

    // The build copies kampungkb.dll and its runtimeconfig next to the tests, so `dotnet kampungkb.dll` runs the real verb.
    private async Task<Run> KeysAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetTempPath(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        // The provider comes from the environment (Database__Provider, set for PostgreSQL runs), as for the hub.
        foreach (var arg in new[] { typeof(Program).Assembly.Location, "keys" }.Concat(args).Concat(["--connection", hub.Database.ConnectionString]))
            start.ArgumentList.Add(arg);
        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEndAsync();
        var error = child.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await child.WaitForExitAsync(timeout.Token);
        return new Run(child.ExitCode, await output, await error);
    }

    private HttpClient Client(string secret)
    {
        var client = hub.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    [Fact(DisplayName = "keys create prints the secret once on stdout and stores only its hash; keys list never shows it; keys revoke makes it 401")]
    public async Task Create_list_revoke()
    {
        hub.CreateClient().Dispose();

        var created = await KeysAsync("create", "--name", "dinas-jembrana", "--role", "partner", "--scope", "51.01");

        Assert.True(created.ExitCode == 0, created.All);
        var secret = created.Out.Trim();
        Assert.Matches("^kkb_[A-Za-z0-9_-]{43}$", secret);
        Assert.Contains("shown only once", created.Error);
        Assert.DoesNotContain(secret, created.Error);

        // Only the hash is stored, and the secret is in no row of any table (nor, on SQLite, anywhere in the file).
        await using (var db = hub.OpenDatabase())
        {
            var key = await db.ApiKeys.AsNoTracking().SingleAsync(k => k.Name == "dinas-jembrana");
            Assert.Equal((HubRole.Partner, "51.01", (DateTime?)null), (key.Role, key.RegionScope, key.RevokedAt));
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(secret))), key.SecretHash);
        }
        Assert.DoesNotContain(secret, await DatabaseTextAsync());
        // The first 20 characters already would be far more than keys list shows.
        Assert.DoesNotContain(secret[..20], await DatabaseTextAsync());
        if (hub.Database.Provider == DatabaseProvider.Sqlite) AssertNotInFiles(secret);

        // The key works, within its scope.
        Assert.Equal(51, (int)(await Client(secret).DataAsync("{ kampungKbs { totalCount } }"))["kampungKbs"]!["totalCount"]!);

        var listed = await KeysAsync("list");
        Assert.True(listed.ExitCode == 0, listed.All);
        Assert.Contains("dinas-jembrana", listed.Out);
        Assert.Contains("partner", listed.Out);
        Assert.Contains("51.01", listed.Out);
        Assert.DoesNotContain(secret, listed.All);
        Assert.DoesNotContain(secret[..20], listed.All);

        var revoked = await KeysAsync("revoke", "dinas-jembrana");
        Assert.True(revoked.ExitCode == 0, revoked.All);
        var refused = await Client(secret).GraphQLAsync("{ kampungKbs { totalCount } }", expectSuccess: false);
        Assert.Equal("AUTH_INVALID_KEY", (string)refused["errors"]![0]!["extensions"]!["code"]!);
        using (var raw = await Client(secret).PostAsync("/graphql", new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json")))
            Assert.Equal(HttpStatusCode.Unauthorized, raw.StatusCode);

        // Revoking again, or a name that never existed, says so and fails.
        var again = await KeysAsync("revoke", "dinas-jembrana");
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("No active key named 'dinas-jembrana'", again.Error);
    }

    [Fact(DisplayName = "keys create refuses --scope 99.99 (no such region), --role root, a missing --name and a name in use, with a message and no key written")]
    public async Task Create_refuses_bad_input()
    {
        hub.CreateClient().Dispose();
        Assert.Equal(0, (await KeysAsync("create", "--name", "taken", "--role", "viewer")).ExitCode);

        var scope = await KeysAsync("create", "--name", "nowhere", "--role", "viewer", "--scope", "99.99");
        var role = await KeysAsync("create", "--name", "superuser", "--role", "root");
        var number = await KeysAsync("create", "--name", "numbered", "--role", "5");
        var unnamed = await KeysAsync("create", "--role", "viewer");
        var taken = await KeysAsync("create", "--name", "taken", "--role", "admin");

        Assert.Equal(2, scope.ExitCode);
        Assert.Contains("--scope 99.99 is not a region code in this database", scope.Error);
        Assert.NotEqual(0, role.ExitCode);
        Assert.Contains("--role must be one of viewer, analyst, partner, editor, admin; got 'root'", role.All);
        Assert.NotEqual(0, number.ExitCode);
        Assert.Contains("--role must be one of", number.All);
        Assert.NotEqual(0, unnamed.ExitCode);
        Assert.Contains("--name is required", unnamed.All);
        Assert.Equal(2, taken.ExitCode);
        Assert.Contains("A key named 'taken' exists already", taken.Error);
        // Nothing printed that looks like a secret, and nothing stored.
        foreach (var run in new[] { scope, role, number, unnamed, taken }) Assert.DoesNotMatch("kkb_[A-Za-z0-9_-]{43}", run.All);
        await using var db = hub.OpenDatabase();
        Assert.Equal(["taken"], await db.ApiKeys.Where(k => k.Name != "dinas-jembrana").Select(k => k.Name).OrderBy(n => n).ToListAsync());
        Assert.Equal(HubRole.Viewer, (await db.ApiKeys.SingleAsync(k => k.Name == "taken")).Role);
    }

    // Every value of every row of every table, as text.
    private async Task<string> DatabaseTextAsync()
    {
        var text = await DatabaseContents.TextAsync(hub);
        Assert.Contains("\u0001ApiKeys", text);
        return text;
    }

    // The SQLite file and its journals, byte for byte (a deleted or overwritten page could keep an old value).
    private void AssertNotInFiles(string secret)
    {
        var needle = Encoding.UTF8.GetBytes(secret);
        foreach (var suffix in new[] { "", "-wal", "-journal" })
        {
            var path = hub.Database.Path + suffix;
            if (!File.Exists(path)) continue;
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            Assert.True(copy.ToArray().AsSpan().IndexOf(needle) < 0, $"The secret is in {Path.GetFileName(path)}.");
        }
    }
}
