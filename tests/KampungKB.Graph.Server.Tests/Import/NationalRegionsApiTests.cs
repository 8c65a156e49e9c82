using KampungKB.Graph.Data.Import;
using KampungKB.Graph.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Server.Tests.Import;

/// <summary>A hub whose database holds the official national list, imported before the hub starts (so no demo is seeded).</summary>
public sealed class NationalRegionsHub : IAsyncLifetime
{
    public HubFactory Hub { get; } = new();

    public async Task InitializeAsync()
    {
        if (OfficialRegionList.Folder is null) return;
        await using var db = Hub.OpenDatabase();
        await db.Database.MigrateAsync();
        var report = await RegionImporter.ImportFileAsync(db, OfficialRegionList.National);
        Assert.Equal(0, report.ExitCode);
    }

    public async Task DisposeAsync() => await Hub.DisposeAsync();
}

/// <summary>The imported official list, read through /graphql.</summary>
public sealed class NationalRegionsApiTests(NationalRegionsHub national) : IClassFixture<NationalRegionsHub>
{
    [OfficialListFact(DisplayName = "Through the API: 38 / 514 / 7,285 / 83,762 regions nationally, 9 / 57 / 716 in Bali")]
    public async Task Counts_through_the_api()
    {
        var data = await national.Hub.CreateClient().DataAsync("""
            {
              provinces { totalCount }
              regencies { totalCount }
              districts { totalCount }
              villages { totalCount }
              baliRegencies: regencies(where: { provinceCode: { eq: "51" } }) { totalCount }
              baliDistricts: districts(where: { regency: { provinceCode: { eq: "51" } } }) { totalCount }
              baliVillages: villages(where: { district: { regency: { provinceCode: { eq: "51" } } } }) { totalCount }
              desaAdat: villages(where: { kind: { eq: DESA_ADAT } }) { totalCount }
              kota: regencies(where: { kind: { eq: KOTA } }) { totalCount }
            }
            """);

        int Count(string field) => (int)data[field]!["totalCount"]!;
        Assert.Equal((38, 514, 7_285, 83_762), (Count("provinces"), Count("regencies"), Count("districts"), Count("villages")));
        Assert.Equal((9, 57, 716), (Count("baliRegencies"), Count("baliDistricts"), Count("baliVillages")));
        Assert.Equal((14, 98), (Count("desaAdat"), Count("kota")));
    }
}
