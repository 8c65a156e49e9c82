using System.Text;
using KampungKB.Graph.Server.Cli;

namespace KampungKB.Graph.Server.Tests.Import;

/// <summary>The Kampung KB data verbs end to end on the demo: export, import back, bad rows, exit codes.</summary>
public sealed class ImportTableCliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kampungkb-table-cli-").FullName;

    private readonly TempDatabase _database = TempDatabase.Create();

    private string Connection => _database.ConnectionString;

    private string PathOf(string name) => Path.Combine(_folder, name);

    [Fact(DisplayName = "export then import of a region's Kampung KB and observations exits 0; a bad report exits 1 with a reject file; no --where-region is a usage error")]
    public async Task Export_import_and_reject()
    {
        Assert.Equal(0, await HubCommands.RunAsync(["seed", "demo", "--connection", Connection]));
        Assert.Equal(0, await HubCommands.RunAsync(["export", "kampung-kb", "--where-region", "51.01", PathOf("jembrana.xlsx"), "--connection", Connection]));
        Assert.Equal(0, await HubCommands.RunAsync(["export", "observations", "--where-region", "51.01.01", PathOf("negara.csv"), "--connection", Connection]));
        Assert.Equal(0, await HubCommands.RunAsync(["import", "kampung-kb", PathOf("jembrana.xlsx"), "--connection", Connection]));
        Assert.Equal(0, await HubCommands.RunAsync(["import", "observations", PathOf("negara.csv"), "--connection", Connection]));

        await File.WriteAllTextAsync(PathOf("bad.csv"),
            "village_code,period,families,pus,iud,mow,mop,kondom,implan,suntik,pil,iat,tial,poktan_participants\n" +
            "51.01.01.2001,2025-09,400,300,20,5,1,10,20,60,30,10,10,900\n", new UTF8Encoding(false));
        Assert.Equal(1, await HubCommands.RunAsync(["import", "reports", PathOf("bad.csv"), "--connection", Connection]));
        var rejects = await File.ReadAllLinesAsync(PathOf("bad.rejects.csv"));
        Assert.StartsWith("2,poktan_participants,poktan_participants (900) exceed families (400)", rejects[1]);

        Assert.NotEqual(0, await HubCommands.RunAsync(["export", "kampung-kb", PathOf("all.csv"), "--connection", Connection]));
        Assert.Equal(2, await HubCommands.RunAsync(["import", "profiles", PathOf("missing.csv"), "--connection", Connection]));
    }

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
