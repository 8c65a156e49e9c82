using KampungKB.Graph.Data.Import;
using KampungKB.Graph.Data.Regions;
using KampungKB.Graph.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Data.Tests.Import;

/// <summary>The official national list (91,599 rows) imported once into a fresh database, shared by the tests below.</summary>
public sealed class NationalImportFixture : IAsyncLifetime
{
    internal TempDatabase Database { get; private set; } = null!;

    public RegionImportReport Report { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TempDatabase.MigratedAsync();
        if (OfficialRegionList.Folder is null) return;
        await using var db = Database.CreateContext();
        Report = await RegionImporter.ImportFileAsync(db, OfficialRegionList.National);
    }

    public Task DisposeAsync()
    {
        Database.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>The national import gives the published counts, is idempotent, and renames without deleting.</summary>
public sealed class NationalRegionImportTests(NationalImportFixture national) : IClassFixture<NationalImportFixture>
{
    [OfficialListFact(DisplayName = "The national list gives 38 provinces, 514 kab/kota, 7,285 kecamatan and 83,762 desa/kelurahan")]
    public async Task National_counts()
    {
        Assert.Equal((0, 91_599, 91_599, true), (national.Report.ExitCode, national.Report.Records, national.Report.Added, national.Report.Written));
        await using var db = national.Database.CreateContext();
        Assert.Equal(38, await db.Provinces.CountAsync());
        Assert.Equal(514, await db.Regencies.CountAsync());
        Assert.Equal(7_285, await db.Districts.CountAsync());
        Assert.Equal(83_762, await db.Villages.CountAsync());
    }

    [OfficialListFact(DisplayName = "Kinds come from the code and the name: 416 kabupaten, 98 kota; 8,496 kelurahan, 75,252 desa, 14 desa adat")]
    public async Task National_kinds()
    {
        await using var db = national.Database.CreateContext();
        Assert.Equal(416, await db.Regencies.CountAsync(r => r.Kind == RegencyKind.Kabupaten));
        Assert.Equal(98, await db.Regencies.CountAsync(r => r.Kind == RegencyKind.Kota));
        Assert.Equal(8_496, await db.Villages.CountAsync(v => v.Kind == VillageKind.Kelurahan));
        Assert.Equal(75_252, await db.Villages.CountAsync(v => v.Kind == VillageKind.Desa));
        Assert.Equal(14, await db.Villages.CountAsync(v => v.Kind == VillageKind.DesaAdat));
    }

    [OfficialListFact(DisplayName = "Bali within the national list has 9 kab/kota, 57 kecamatan and 716 villages (636 desa, 80 kelurahan)")]
    public async Task Bali_within_the_national_list()
    {
        await using var db = national.Database.CreateContext();
        Assert.Equal("Bali", (await db.Provinces.SingleAsync(p => p.Code == "51")).Name);
        Assert.Equal(9, await db.Regencies.CountAsync(r => r.ProvinceCode == "51"));
        Assert.Equal(57, await db.Districts.CountAsync(d => d.Regency!.ProvinceCode == "51"));
        Assert.Equal(716, await db.Villages.CountAsync(v => v.District!.Regency!.ProvinceCode == "51"));
        Assert.Equal(636, await db.Villages.CountAsync(v => v.District!.Regency!.ProvinceCode == "51" && v.Kind == VillageKind.Desa));
        Assert.Equal("Kota Denpasar", (await db.Regencies.SingleAsync(r => r.Code == "51.71")).Name);
    }

    [OfficialListFact(DisplayName = "Importing the national list a second time changes nothing: 0 added, 0 renamed, identical rows")]
    public async Task Second_import_changes_nothing()
    {
        await using var db = national.Database.CreateContext();
        var before = await RegionFingerprint.OfAsync(db);
        var again = await RegionImporter.ImportFileAsync(db, OfficialRegionList.National);
        Assert.Equal((0, 0, 91_599, false, 0), (again.Added, again.Renamed, again.Unchanged, again.Written, again.ExitCode));
        Assert.Equal(before, await RegionFingerprint.OfAsync(db));
    }

    [OfficialListFact(DisplayName = "Names with commas and quotes from the official list arrive intact")]
    public async Task Quoted_names()
    {
        await using var db = national.Database.CreateContext();
        Assert.Equal("Lubuk Pakam I,II", (await db.Villages.SingleAsync(v => v.Code == "12.07.28.1007")).Name);
        Assert.Equal("Pasi Kuala Ba'u", (await db.Villages.SingleAsync(v => v.Code == "11.01.02.2018")).Name);
    }
}

/// <summary>The Bali part of the list on its own.</summary>
public sealed class BaliRegionImportTests
{
    [OfficialListFact(DisplayName = "The Bali file into a fresh database gives 1 / 9 / 57 / 716")]
    public async Task Bali_file()
    {
        using var file = await TempDatabase.MigratedAsync();
        await using var db = file.CreateContext();
        var report = await RegionImporter.ImportFileAsync(db, OfficialRegionList.Bali);
        Assert.Equal((0, 783), (report.ExitCode, report.Added));
        Assert.Equal((1, 9, 57, 716), (await db.Provinces.CountAsync(), await db.Regencies.CountAsync(),
            await db.Districts.CountAsync(), await db.Villages.CountAsync()));
    }

    [OfficialListFact(DisplayName = "Cancelled in the middle of writing, the import leaves the database exactly as before")]
    public async Task Cancelled_midway_leaves_the_database_unchanged()
    {
        using var file = await TempDatabase.MigratedAsync();
        await using var db = file.CreateContext();
        await RegionImporter.ImportFileAsync(db, OfficialRegionList.Bali);
        var before = await RegionFingerprint.OfAsync(db);
        using var cancel = new CancellationTokenSource();
        long written = 0;
        var progress = new Inline(p =>
        {
            if (p.Phase == "write") written = p.Done;
            if (p.Phase == "write" && p.Done >= 40_000) cancel.Cancel();
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            RegionImporter.ImportFileAsync(db, OfficialRegionList.National, null, progress, cancel.Token));

        Assert.True(written >= 40_000, $"the import should have been inside its write phase, got to {written}");
        db.ChangeTracker.Clear();
        Assert.Equal(before, await RegionFingerprint.OfAsync(db));
    }

    private sealed class Inline(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
