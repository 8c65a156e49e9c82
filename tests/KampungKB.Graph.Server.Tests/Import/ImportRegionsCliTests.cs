using System.Diagnostics;
using System.Text;
using KampungKB.Graph.Server.Cli;
using KampungKB.Graph.TestSupport;

namespace KampungKB.Graph.Server.Tests.Import;

/// <summary>The <c>import regions</c> verb: exit codes, reject file, and a killed import leaving the database as it was.</summary>
public sealed class ImportRegionsCliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kampungkb-import-").FullName;

    private readonly TempDatabase _database = TempDatabase.Create();

    private TempDatabase Db => _database;

    private string Connection => _database.ConnectionString;

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    [Fact(DisplayName = "Exit 0 on a good file, 1 with a reject file on bad rows (nothing written), 2 on a wrong header or a missing file")]
    public async Task Exit_codes_and_reject_file()
    {
        var good = Write("good.csv", "kode,nama\n51,Bali\n51.01,Kabupaten Jembrana\n");
        var bad = Write("bad.csv", "kode,nama\n51.02,Kabupaten Tabanan\n51.72,Kabupaten Salah\n");
        var header = Write("header.csv", "code,name\n51,Bali\n");

        Assert.Equal(0, await HubCommands.RunAsync(["import", "regions", good, "--connection", Connection]));
        Assert.Equal(1, await HubCommands.RunAsync(["import", "regions", bad, "--connection", Connection]));
        Assert.Equal(2, await HubCommands.RunAsync(["import", "regions", header, "--connection", Connection]));
        Assert.Equal(2, await HubCommands.RunAsync(["import", "regions", Path.Combine(_folder, "missing.csv"), "--connection", Connection]));

        Assert.Equal((1, 1, 0, 0), await HubDatabaseFile.CountsAsync(Db));
        var rejects = await File.ReadAllLinesAsync(Path.Combine(_folder, "bad.rejects.csv"));
        Assert.Equal("line,column,reason,kode,nama", rejects[0]);
        Assert.StartsWith("3,nama,the name says kabupaten but number 72 is a kota number", rejects[1]);
        Assert.Equal(2, rejects.Length);
    }

    [Fact(DisplayName = "--allow-partial writes the valid rows and exits 1")]
    public async Task Allow_partial()
    {
        var bad = Write("partial.csv", "kode,nama\n51,Bali\n51.01,Kabupaten Jembrana\n51.72,Kabupaten Salah\n");
        Assert.Equal(1, await HubCommands.RunAsync(["import", "regions", bad, "--allow-partial", "--connection", Connection]));
        Assert.Equal((1, 1, 0, 0), await HubDatabaseFile.CountsAsync(Db));
    }

    [OfficialListFact(DisplayName = "A process killed in the middle of importing the national list leaves the database as it was")]
    public async Task Killed_import_leaves_the_database_unchanged()
    {
        Assert.Equal(0, await HubCommands.RunAsync(["import", "regions", OfficialRegionList.Bali, "--connection", Connection]));
        var before = await HubDatabaseFile.CountsAsync(Db);
        // Our pooled connections stay idle; the child gets the file to itself.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var output = new StringBuilder();
        using var child = Process.Start(new ProcessStartInfo("dotnet")
        {
            ArgumentList = { HubExecutable(), "import", "regions", LongNationalList(), "--connection", Connection },
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var killed = false;
        while (await child.StandardOutput.ReadLineAsync() is { } line)
        {
            output.AppendLine(line);
            // Plain progress lines (output is redirected): kill at the first sign of writing, long before the commit.
            if (line.Contains("regions: write", StringComparison.Ordinal))
            {
                child.Kill(entireProcessTree: true);
                killed = true;
                break;
            }
        }
        await child.WaitForExitAsync();

        Assert.True(killed, $"the import finished before it could be killed:\n{output}");
        Assert.Equal(before, await HubDatabaseFile.CountsAsync(Db));
        // The transaction never committed (SQLite rolls its hot journal back on the next open), so a following import still works.
        Assert.Equal(0, await HubCommands.RunAsync(["import", "regions", OfficialRegionList.Bali, "--connection", Connection]));
    }

    // The national list plus 40 synthetic desa per kecamatan (codes 2900-2939, unused in the official list): a write
    // phase of several seconds, so the kill lands mid-write however fast the machine is.
    private string LongNationalList()
    {
        var lines = File.ReadAllLines(OfficialRegionList.National);
        var districts = lines.Skip(1).Select(l => l[..l.IndexOf(',')]).Where(code => code.Count(c => c == '.') == 2);
        var file = Path.Combine(_folder, "national-long.csv");
        File.WriteAllLines(file, lines.Concat(districts.SelectMany(d => Enumerable.Range(2900, 40).Select(n => $"{d}.{n},Desa Sintetis {n}"))));
        return file;
    }

    // The build copies kampungkb.dll and its runtimeconfig next to the tests, so `dotnet kampungkb.dll` runs the real verb.
    private static string HubExecutable() => typeof(Program).Assembly.Location;

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
