using System.Text;
using KampungKB.Graph.Data.Demo;
using KampungKB.Graph.Data.Import;
using KampungKB.Graph.Data.Kampung;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Data.Tests.Import;

/// <summary>The Bali demo in a database of its own, which the broken tables below must leave untouched.</summary>
public sealed class DemoDatabaseFixture : IAsyncLifetime
{
    internal TempDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TempDatabase.MigratedAsync();
        await using var db = Database.CreateContext();
        await BaliDemoSeeder.SeedAsync(db);
    }

    public Task DisposeAsync()
    {
        Database.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>Importing Kampung KB, profiles, reports and observations: samples, idempotence, classification, and a corpus of bad rows.</summary>
public sealed class KampungKbDataImportTests(DemoDatabaseFixture demo) : IClassFixture<DemoDatabaseFixture>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kampungkb-tables-").FullName;

    private static string Sample(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "KampungKB.Graph.sln"))) return Path.Combine(dir.FullName, "docs", "samples", name);
        throw new InvalidOperationException("repository root not found");
    }

    private static Task<TableImportReport> Import(KampungKbDbContext db, string kind, string path, TableImportOptions? options = null) => kind switch
    {
        "kampung-kb" => KampungKbDataImporter.ImportKampungKbsAsync(db, path, options),
        "profiles" => KampungKbDataImporter.ImportProfilesAsync(db, path, options),
        "reports" => KampungKbDataImporter.ImportReportsAsync(db, path, options),
        _ => KampungKbDataImporter.ImportObservationsAsync(db, path, options),
    };

    [Fact(DisplayName = "The docs/samples files import into the demo in order, the new Kampung KB is classified by the rule, and a second run changes nothing")]
    public async Task Samples_import_and_are_idempotent()
    {
        using var file = await TempDatabase.MigratedAsync();
        await using var db = file.CreateContext();
        await BaliDemoSeeder.SeedAsync(db);
        string[] kinds = ["kampung-kb", "profiles", "reports", "observations"];

        var first = new List<TableImportReport>();
        foreach (var kind in kinds) first.Add(await Import(db, kind, Sample($"{kind}.csv")));
        var second = new List<TableImportReport>();
        foreach (var kind in kinds) second.Add(await Import(db, kind, Sample($"{kind}.csv")));

        Assert.All(first, r => Assert.Equal(0, r.ExitCode));
        Assert.Equal([(1, 1), (2, 0), (3, 0), (4, 0)], first.Select(r => (r.Added, r.Updated)));
        Assert.All(second, r => Assert.Equal((0, 0, false), (r.Added, r.Updated, r.Written)));
        var banjarSari = await db.KampungKbs.AsNoTracking().SingleAsync(k => k.Name == "Kampung KB Banjar Sari");
        Assert.Equal(("51.01.01.2001", "Banjar Sari, Banjar Tengah"), (banjarSari.VillageCode, banjarSari.Coverage));
        var rule = (await KampungKbClassifier.EvaluateAsync(db, [banjarSari.Id]))[banjarSari.Id];
        Assert.Equal(rule.Classification, banjarSari.Classification);
        Assert.True(banjarSari.HasRumahDataKu);
        Assert.Equal(FundingSources.Apbd | FundingSources.DanaDesa | FundingSources.Swadaya,
            (await db.ProfileSnapshots.SingleAsync(p => p.KampungKbId == banjarSari.Id && p.Period == "2025-08")).Funding);
    }

    [Fact(DisplayName = "A changed report updates in place and the Kampung KB's class follows the rule")]
    public async Task Changed_report_reclassifies()
    {
        using var file = await TempDatabase.MigratedAsync();
        await using var db = file.CreateContext();
        await BaliDemoSeeder.SeedAsync(db);
        var kkb = await db.KampungKbs.AsNoTracking().FirstAsync(k => k.Classification == Classification.Berkelanjutan);
        var csv = Write("weak.csv", "village_code,period,families,pus,iud,mow,mop,kondom,implan,suntik,pil,iat,tial,poktan_participants\n" +
            $"{kkb.VillageCode},2025-08,400,300,0,0,0,10,0,10,10,60,40,5\n");

        var report = await KampungKbDataImporter.ImportReportsAsync(db, csv);

        Assert.Equal((0, 1, 0, 1), (report.ExitCode, report.Updated, report.Added, report.Reclassified));
        var after = await db.KampungKbs.AsNoTracking().SingleAsync(k => k.Id == kkb.Id);
        Assert.NotEqual(Classification.Berkelanjutan, after.Classification);
        Assert.Equal((await KampungKbClassifier.EvaluateAsync(db, [kkb.Id]))[kkb.Id].Classification, after.Classification);
        Assert.Equal(12, await db.MonthlyReports.CountAsync(r => r.KampungKbId == kkb.Id));
    }

    [Fact(DisplayName = "Exported observations (.xlsx) and Kampung KB (.csv) import back with nothing changed")]
    public async Task Export_round_trips()
    {
        await using var db = demo.Database.CreateContext();
        var xlsx = Path.Combine(_folder, "jembrana-observations.xlsx");
        var csv = Path.Combine(_folder, "jembrana.csv");
        Assert.True(await KampungKbExporter.ExportAsync(db, ExportKind.Observations, "51.01", xlsx) > 1000);
        Assert.Equal(51, await KampungKbExporter.ExportAsync(db, ExportKind.KampungKb, "51.01", csv));

        var observations = await KampungKbDataImporter.ImportObservationsAsync(db, xlsx);
        var kampungKbs = await KampungKbDataImporter.ImportKampungKbsAsync(db, csv);

        Assert.Equal((0, 0, 0, false), (observations.ExitCode, observations.Added, observations.Updated, observations.Written));
        Assert.Equal((0, 0, 0, 51), (kampungKbs.ExitCode, kampungKbs.Added, kampungKbs.Updated, kampungKbs.Unchanged));
    }

    private const string ReportHeader = "village_code,period,families,pus,iud,mow,mop,kondom,implan,suntik,pil,iat,tial,poktan_participants\n";
    private const string GoodReport = "51.01.01.2001,2025-09,400,300,20,5,1,10,20,60,30,10,10,90\n";
    private const string ObservationHeader = "village_code,indicator_code,period,value\n";
    private const string KkbHeader = "village_code,name,declared_on\n";
    private const string ProfileHeader = "village_code,period,pokja_formed,pokja_has_sk,pokja_members,pokja_members_trained,has_plkb,regulations,has_rkm,funding,poktan,has_sekretariat,has_rumah_dataku,data_sources,mechanisms\n";

    public static TheoryData<string, string, string, int, string, string> Corpus => new()
    {
        { "not a number", "reports", ReportHeader + "51.01.01.2001,2025-09,400,tiga ratus,20,5,1,10,20,60,30,10,10,90\n", 2, "pus", "pus must be a whole number, found 'tiga ratus'" },
        { "negative count", "reports", ReportHeader + "51.01.01.2001,2025-09,400,300,-1,5,1,10,20,60,30,10,10,90\n", 2, "iud", "iud must be between 0 and 1000000, found -1" },
        { "users exceed PUS", "reports", ReportHeader + "51.01.01.2001,2025-09,400,100,20,5,1,10,20,60,30,10,10,90\n", 2, "pus", "exceed pus (100)" },
        { "participants exceed families", "reports", ReportHeader + "51.01.01.2001,2025-09,40,300,20,5,1,10,20,60,30,10,10,90\n", 2, "poktan_participants", "exceed families (40)" },
        { "bad period", "reports", ReportHeader + "51.01.01.2001,2025-13,400,300,20,5,1,10,20,60,30,10,10,90\n", 2, "period", "period must be a month YYYY-MM, found '2025-13'" },
        { "unknown village", "reports", ReportHeader + "51.01.01.2999,2025-09,400,300,20,5,1,10,20,60,30,10,10,90\n", 2, "village_code", "village 51.01.01.2999 has no Kampung KB" },
        { "no such Kampung KB name", "reports", ReportHeader.Replace("\n", ",kampung_kb\n") + GoodReport.Replace("\n", ",Kampung KB Entah\n"), 2, "kampung_kb", "no Kampung KB named 'Kampung KB Entah'" },
        { "duplicate row", "reports", ReportHeader + GoodReport + GoodReport, 3, "village_code", "duplicate row for Kampung KB" },
        { "missing column", "reports", "village_code,period,families\n" + GoodReport, 1, "header", "missing column(s) pus, iud" },
        { "unknown column", "reports", ReportHeader.Replace("\n", ",bonus\n") + GoodReport.Replace("\n", ",1\n"), 1, "header", "unknown column(s) bonus" },
        { "too many values", "reports", ReportHeader + GoodReport.Replace("\n", ",1\n"), 2, "15", "expected 14 columns but found 15" },
        { "unknown indicator", "observations", ObservationHeader + "51.01.01.2001,STUNTING_RATE,2025-09,12.5\n", 2, "indicator_code", "unknown indicator 'STUNTING_RATE'" },
        { "percentage over 100", "observations", ObservationHeader + "51.01.01.2001,STUNTING_PREVALENCE,2025-09,120\n", 2, "value", "value must be between 0 and 100, found 120" },
        { "decimal comma", "observations", ObservationHeader + "51.01.01.2001,STUNTING_PREVALENCE,2025-09,\"12,5\"\n", 2, "value", "value must be a number with a decimal point, found '12,5'" },
        { "bad date", "kampung-kb", KkbHeader + "51.01.01.2001,Kampung KB Baru,12/03/2024\n", 2, "declared_on", "declared_on must be a date YYYY-MM-DD, found '12/03/2024'" },
        { "village not in the database", "kampung-kb", KkbHeader + "99.01.01.2001,Kampung KB Baru,2024-03-12\n", 2, "village_code", "village 99.01.01.2001 is not in the database" },
        { "empty name", "kampung-kb", KkbHeader + "51.01.01.2001,,2024-03-12\n", 2, "name", "name is empty" },
        { "bad boolean", "kampung-kb", KkbHeader.Replace("\n", ",is_active\n") + "51.01.01.2001,Kampung KB Baru,2024-03-12,mungkin\n", 2, "is_active", "is_active must be true/false (or ya/tidak, 1/0), found 'mungkin'" },
        { "unknown flag", "profiles", ProfileHeader + "51.01.01.2001,2025-09,true,true,10,2,true,,true,APBN;ZAKAT,BKB,true,true,DATA_RUTIN,MONITORING\n", 2, "funding", "funding: unknown value 'ZAKAT'; known: APBN, APBD, DANA_DESA, HIBAH, CSR, SWADAYA" },
        { "more trained than members", "profiles", ProfileHeader + "51.01.01.2001,2025-09,true,true,10,12,true,,true,APBN,BKB,true,true,DATA_RUTIN,MONITORING\n", 2, "pokja_members_trained", "exceed pokja_members (10)" },
        { "unclosed quote", "observations", ObservationHeader + "51.01.01.2001,STUNTING_PREVALENCE,2025-09,\"12.5\n", 2, "value", "never closed" },
    };

    [Theory(DisplayName = "A bad row is rejected with line, column and fault, and nothing is written")]
    [MemberData(nameof(Corpus))]
    public async Task Bad_row_is_rejected(string fault, string kind, string content, int line, string column, string reason)
    {
        await using var db = demo.Database.CreateContext();
        var before = await FingerprintAsync(db);
        var path = Write($"{fault}.csv", content);

        var report = await Import(db, kind, path);

        var error = Assert.Single(report.AllErrors, e => e.Line == line && e.Reason.Contains(reason, StringComparison.Ordinal));
        Assert.Equal((path, column), (error.File, error.Column));
        Assert.False(report.Written);
        Assert.NotEqual(0, report.ExitCode);
        Assert.Equal(before, await FingerprintAsync(db));
    }

    [Fact(DisplayName = "--allow-partial writes the good rows of a table and rejects the bad")]
    public async Task Allow_partial()
    {
        using var file = await TempDatabase.MigratedAsync();
        await using var db = file.CreateContext();
        await BaliDemoSeeder.SeedAsync(db);
        var path = Write("partial.csv", ReportHeader + GoodReport + "51.01.01.2002,2025-09,x,300,20,5,1,10,20,60,30,10,10,90\n");

        var report = await KampungKbDataImporter.ImportReportsAsync(db, path, new TableImportOptions(AllowPartial: true));

        Assert.Equal((1, 1, true), (report.ExitCode, report.Added, report.Written));
        Assert.Equal(3, Assert.Single(report.Errors).Line);
        Assert.Equal(1, await db.MonthlyReports.CountAsync(r => r.Period == "2025-09"));
    }

    private static async Task<string> FingerprintAsync(KampungKbDbContext db) =>
        $"{await db.KampungKbs.CountAsync()} {await db.ProfileSnapshots.CountAsync()} {await db.MonthlyReports.CountAsync()} {await db.Observations.CountAsync()} " +
        $"{await db.MonthlyReports.SumAsync(r => r.Pus)} {await db.Observations.SumAsync(o => o.Value)} {await db.KampungKbs.CountAsync(k => k.Classification == Classification.Mandiri)}";

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
