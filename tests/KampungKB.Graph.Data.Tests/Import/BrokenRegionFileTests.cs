using System.Text;
using KampungKB.Graph.Data.Import;
using KampungKB.Graph.Data.Regions;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Data.Tests.Import;

/// <summary>A small valid region tree in one database, which every broken file below must leave untouched.</summary>
public sealed class SmallRegionsFixture : IAsyncLifetime
{
    public const string Base = "kode,nama\n51,Bali\n51.01,Kabupaten Jembrana\n51.01.01,Negara\n51.01.01.2001,Cupel\n51.71,Kota Denpasar\n";

    internal TempDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TempDatabase.MigratedAsync();
        await using var db = Database.CreateContext();
        var report = await RegionImporter.ImportAsync(db, "base.csv", Encoding.UTF8.GetBytes(Base));
        Assert.Equal(0, report.ExitCode);
    }

    public Task DisposeAsync()
    {
        Database.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>
/// A corpus of broken region files: each is rejected with a report naming the file, the line, the column and the
/// fault, writes nothing, and leaves the database exactly as it was.
/// </summary>
public sealed class BrokenRegionFileTests(SmallRegionsFixture regions) : IClassFixture<SmallRegionsFixture>
{
    private const string Header = "kode,nama\n";

    public static TheoryData<string, byte[], int, string, string> Corpus => new()
    {
        { "bad code format", Utf8(Header + "51.1.01,Negara Baru\n"), 2, "kode", "part 2 must be 2 digits" },
        { "province code with letters", Utf8(Header + "5A,Bali Baru\n"), 2, "kode", "part 1 must be 2 digits" },
        { "level-5 code", Utf8(Header + "51.01.01.2001.01,Banjar\n"), 2, "kode", "has 5 parts" },
        { "village number of 3 digits", Utf8(Header + "51.01.01.201,Cupel\n"), 2, "kode", "part 4 must be 4 digits" },
        { "empty code", Utf8(Header + ",Desa Tanpa Kode\n"), 2, "kode", "kode is empty" },
        { "code part of zeros", Utf8(Header + "51.00,Kabupaten Nol\n"), 2, "kode", "must not be all zeros" },
        { "kab/kota number 70", Utf8(Header + "51.70,Kota Tujuh Puluh\n"), 2, "kode", "number 70 is neither" },
        { "village kind digit 4", Utf8(Header + "51.01.01.4001,Cupel Baru\n"), 2, "kode", "must start with 1 (kelurahan), 2 (desa) or 3 (desa adat)" },
        { "missing parent", Utf8(Header + "51.01.99.2001,Desa Yatim\n"), 2, "kode", "parent 51.01.99 is neither in the file nor in the database" },
        { "parent rejected", Utf8(Header + "51.72,Kabupaten Denpasar Selatan\n51.72.01,Denpasar Selatan\n"), 3, "kode", "parent 51.72 is rejected (line 2)" },
        { "duplicate code", Utf8(Header + "51.01.01.2002,Baler Bale Agung\n51.01.01.2002,Baler Bale Agung\n"), 3, "kode", "duplicate kode 51.01.01.2002: first on line 2" },
        { "empty name", Utf8(Header + "51.01.01.2002,   \n"), 2, "nama", "nama is empty" },
        { "name with a tab", Utf8(Header + "51.01.01.2002,Baler\tBale\n"), 2, "nama", "control character" },
        { "name too long", Utf8(Header + "51.01.01.2002," + new string('a', 201) + "\n"), 2, "nama", "at most 200" },
        { "kabupaten name on a kota number", Utf8(Header + "51.72,Kabupaten Denpasar Utara\n"), 2, "nama", "the name says kabupaten but number 72 is a kota number (71-99)" },
        { "kota name on a kabupaten number", Utf8(Header + "51.09,Kota Negara\n"), 2, "nama", "the name says kota but number 09 is a kabupaten number (01-69)" },
        { "kab/kota name without Kabupaten or Kota", Utf8(Header + "51.09,Jembrana Barat\n"), 2, "nama", "must start with \"Kabupaten \" or \"Kota \"" },
        { "too many columns", Utf8(Header + "51.01.01.2002,Baler, Bale Agung\n"), 2, "3", "expected 2 columns (kode,nama) but found 3" },
        { "too few columns", Utf8(Header + "51.01.01.2002\n"), 2, "nama", "expected 2 columns (kode,nama) but found 1" },
        { "quote never closed", Utf8(Header + "51.01.01.2002,\"Baler Bale Agung\n51.01.01.2003,Pendem\n"), 2, "nama", "the quote opened on line 2 is never closed" },
        { "quote inside an unquoted field", Utf8(Header + "51.01.01.2002,Baler \"Bale\" Agung\n"), 2, "nama", "a quote inside an unquoted field" },
        { "text after a closing quote", Utf8(Header + "51.01.01.2002,\"Baler\" Bale Agung\n"), 2, "nama", "text after a closing quote" },
        { "invalid UTF-8", [.. Encoding.ASCII.GetBytes(Header + "51.01.01.2002,Baler Bale Agung\n51.01.01.2003,Pend"), 0xC3, 0x28, .. "m\n"u8], 3, "nama", "invalid UTF-8 (byte 0xC3)" },
        { "Latin-1 instead of UTF-8", [.. Encoding.ASCII.GetBytes(Header + "51.01.01.2002,Baler Bale Agung\r\n51.01.01.2003,Pend"), 0xE9, .. "m\r\n"u8], 3, "nama", "invalid UTF-8 (byte 0xE9)" },
        { "fault after a multi-line quoted name, BOM and CRLF", [.. "\uFEFF"u8, .. Utf8("kode,nama\r\n51.01.01.2002,\"Baler\r\nBale\"\r\n51.01.01.2003,Pendem\r\n51.1,Kabupaten X\r\n")], 5, "kode", "part 2 must be 2 digits" },
        { "wrong header", Utf8("code,name\n51.01.01.2002,Baler Bale Agung\n"), 1, "header", "the header must be kode,nama (found code,name)" },
        { "no header at all", Utf8("51.01.01.2002,Baler Bale Agung\n"), 1, "header", "the header must be kode,nama" },
        { "empty file", [], 1, "-", "the file is empty" },
    };

    [Theory(DisplayName = "A broken file is rejected with file, line, column and fault, and the database is unchanged")]
    [MemberData(nameof(Corpus))]
    public async Task Broken_file_is_rejected(string fault, byte[] content, int line, string column, string reason)
    {
        await using var db = regions.Database.CreateContext();
        var before = await RegionFingerprint.OfAsync(db);

        var report = await RegionImporter.ImportAsync(db, $"{fault}.csv", content);

        var error = Assert.Single(report.AllErrors, e => e.Line == line && e.Reason.Contains(reason, StringComparison.Ordinal));
        Assert.Equal(($"{fault}.csv", column), (error.File, error.Column));
        Assert.False(report.Written);
        Assert.NotEqual(0, report.ExitCode);
        Assert.Equal(before, await RegionFingerprint.OfAsync(db));
    }

    [Fact(DisplayName = "A file-level fault (wrong header) exits 2; row faults exit 1")]
    public async Task Exit_codes()
    {
        await using var db = regions.Database.CreateContext();
        Assert.Equal(2, (await RegionImporter.ImportAsync(db, "h.csv", Utf8("code,name\n"))).ExitCode);
        Assert.Equal(1, (await RegionImporter.ImportAsync(db, "r.csv", Utf8(Header + "5A,X\n"))).ExitCode);
    }

    [Fact(DisplayName = "BOM, CRLF, quoted names with commas and doubled quotes, trailing blank lines: imported")]
    public async Task Bom_crlf_and_quotes_are_fine()
    {
        using var file = await TempDatabase.MigratedAsync();
        await using var db = file.CreateContext();
        byte[] content = [.. "\uFEFF"u8, .. Utf8("KODE,Nama\r\n51,Bali\r\n51.01,\"Kabupaten Jembrana\"\r\n51.01.01,Negara\r\n" +
            "51.01.01.1001,\"Banjar Tengah, \"\"Lama\"\"\"\r\n51.01.01.3001,Desa Adat Ba'u\r\n\r\n\r\n")];

        var report = await RegionImporter.ImportAsync(db, "bom-crlf.csv", content);

        Assert.Equal((0, 5), (report.ExitCode, report.Added));
        Assert.Equal("Banjar Tengah, \"Lama\"", (await db.Villages.SingleAsync(v => v.Code == "51.01.01.1001")).Name);
        Assert.Equal(VillageKind.DesaAdat, (await db.Villages.SingleAsync(v => v.Code == "51.01.01.3001")).Kind);
        Assert.Equal(VillageKind.Kelurahan, (await db.Villages.SingleAsync(v => v.Code == "51.01.01.1001")).Kind);
    }

    [Fact(DisplayName = "--allow-partial writes the valid rows, and rejects children of a rejected parent with it")]
    public async Task Allow_partial_writes_valid_rows()
    {
        using var file = await TempDatabase.MigratedAsync();
        await using var db = file.CreateContext();
        var content = Utf8(Header + "51,Bali\n51.01,Kabupaten Jembrana\n51.72,Kabupaten Salah\n51.72.01,Anak\n51.01.01,Negara\n51.01.01.2001,Cupel\n");

        var report = await RegionImporter.ImportAsync(db, "partial.csv", content, new RegionImportOptions(AllowPartial: true));

        Assert.Equal((1, true, 4), (report.ExitCode, report.Written, report.Added));
        Assert.Equal([4, 5], report.Errors.Select(e => e.Line));
        Assert.Equal(4, await db.Provinces.CountAsync() + await db.Regencies.CountAsync() + await db.Districts.CountAsync() + await db.Villages.CountAsync());
    }

    [Fact(DisplayName = "An upsert renames and adds, never deletes: regions missing from the file are kept and reported")]
    public async Task Upsert_renames_adds_and_reports_missing()
    {
        using var file = await TempDatabase.MigratedAsync();
        await using var db = file.CreateContext();
        await RegionImporter.ImportAsync(db, "base.csv", Utf8(SmallRegionsFixture.Base));

        var report = await RegionImporter.ImportAsync(db, "next.csv",
            Utf8(Header + "51,Bali\n51.01,Kabupaten Jembrana\n51.01.01,Negara Kota\n51.01.01.2002,Baler Bale Agung\n"));

        Assert.Equal((0, 1, 1, 2), (report.ExitCode, report.Added, report.Renamed, report.Unchanged));
        Assert.Equal(new Dictionary<RegionLevel, int> { [RegionLevel.Regency] = 1, [RegionLevel.Village] = 1 }, report.MissingFromFile);
        Assert.Equal(["51.01.01.2001", "51.71"], report.MissingExamples);
        Assert.Equal("Negara Kota", (await db.Districts.SingleAsync()).Name);
        Assert.Equal(2, await db.Villages.CountAsync());
        Assert.Equal(2, await db.Regencies.CountAsync());
    }

    [Fact(DisplayName = "The reject file lists line, column, reason and the row's own fields, quoted where needed")]
    public async Task Reject_file()
    {
        await using var db = regions.Database.CreateContext();
        var report = await RegionImporter.ImportAsync(db, "r.csv", Utf8(Header + "51.01.01.2002,Baler, Bale\n5A,Bali\n"));
        var path = Path.Combine(Path.GetTempPath(), $"rejects-{Guid.NewGuid():N}.csv");
        try
        {
            await RejectFile.WriteAsync(path, report.AllErrors, ["kode", "nama"]);
            Assert.Equal(
                "line,column,reason,kode,nama\n" +
                "2,3,\"expected 2 columns (kode,nama) but found 3; quote a name that contains a comma\",51.01.01.2002,Baler, Bale\n" +
                "3,kode,\"'5A' is not a Kemendagri code: part 1 must be 2 digits (e.g. 51.01.01.2001), found '5A'\",5A,Bali\n",
                await File.ReadAllTextAsync(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
