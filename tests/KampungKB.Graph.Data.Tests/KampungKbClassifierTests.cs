using KampungKB.Graph.Data.Kampung;
using KampungKB.Graph.Data.Programs;
using KampungKB.Graph.Data.Regions;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Data.Tests;

/// <summary>The classifier reads the latest rows and counts only distinct, active, non-BKKBN agencies.</summary>
public sealed class KampungKbClassifierTests
{
    [Fact(DisplayName = "Agencies count once however many programmes; planned, ended and BKKBN ones do not count")]
    public async Task CrossSectorAgencies()
    {
        using var file = await TempDatabase.MigratedAsync();
        await using var db = file.CreateContext();
        var id = await AddKampungKbAsync(db);
        db.ProgramParticipations.AddRange(
            Participation(id, "DESA_LAYAK_ANAK", ParticipationStatus.Active),
            Participation(id, "PPPA_STUNTING", ParticipationStatus.Active),
            Participation(id, "POSYANDU", ParticipationStatus.Active),
            Participation(id, "JKN_KIS", ParticipationStatus.Planned),
            Participation(id, "GOTONG_ROYONG", ParticipationStatus.Ended),
            Participation(id, "GATI", ParticipationStatus.Active));
        await db.SaveChangesAsync();

        var count = await KampungKbClassifier.CrossSectorAgencyCounts(db).SingleAsync();
        Assert.Equal(2, count.Agencies); // PPPA and DINKES
        Assert.Equal(2.0, (await KampungKbClassifier.EvaluateAsync(db))[id].Process.CrossSectorAgencies.Value);
    }

    [Fact(DisplayName = "Refresh stores the class and Rumah DataKu flag of the latest snapshot and report, not earlier ones")]
    public async Task RefreshUsesLatest()
    {
        using var file = await TempDatabase.MigratedAsync();
        await using var db = file.CreateContext();
        var id = await AddKampungKbAsync(db);
        var strong = Profiles.Strong();
        strong.KampungKbId = id;
        strong.Period = "2025-08";
        var weak = Profiles.With();
        weak.KampungKbId = id;
        weak.Period = "2025-02";
        var good = Reports.With(families: 100, participants: 35, pus: 100, iud: 10, implan: 10, suntik: 25, pil: 10, iat: 2, tial: 2);
        good.KampungKbId = id;
        good.Period = "2025-07";
        var empty = Reports.With(pus: 0, families: 0);
        empty.KampungKbId = id;
        empty.Period = "2025-08";
        db.AddRange(weak, strong, good, empty);
        await db.SaveChangesAsync();

        Assert.Equal(1, await KampungKbClassifier.RefreshAsync(db, [id]));
        var kampungKb = await db.KampungKbs.AsNoTracking().SingleAsync();
        // The latest report (2025-08) is empty, so output is low; the strong latest profile makes input and process high.
        Assert.Equal(Classification.Berkembang, kampungKb.Classification);
        Assert.True(kampungKb.HasRumahDataKu);

        db.Remove(await db.MonthlyReports.SingleAsync(r => r.Period == "2025-08"));
        await db.SaveChangesAsync();
        await KampungKbClassifier.RefreshAsync(db);
        // Now 2025-07, a good report, is the latest.
        Assert.Equal(Classification.Berkelanjutan, (await db.KampungKbs.AsNoTracking().SingleAsync()).Classification);
    }

    private static ProgramParticipation Participation(int id, string program, ParticipationStatus status) =>
        new() { KampungKbId = id, ProgramCode = program, Status = status, Since = new DateOnly(2024, 1, 1) };

    // One village with one Kampung KB, plus the demo catalogue of agencies and programmes.
    private static async Task<int> AddKampungKbAsync(KampungKbDbContext db)
    {
        db.Add(new Province { Code = "51", Name = "Bali" });
        db.Add(new Regency { Code = "51.01", Name = "Kabupaten Jembrana", ProvinceCode = "51", Kind = RegencyKind.Kabupaten });
        db.Add(new District { Code = "51.01.01", Name = "Kecamatan 1", RegencyCode = "51.01" });
        db.Add(new Village { Code = "51.01.01.2001", Name = "Desa 1", DistrictCode = "51.01.01", Kind = VillageKind.Desa });
        db.AddRange(Demo.DemoCatalog.Agencies);
        db.AddRange(Demo.DemoCatalog.Programs);
        var kampungKb = new KampungKb { Name = "Kampung KB 1", VillageCode = "51.01.01.2001" };
        db.Add(kampungKb);
        await db.SaveChangesAsync();
        return kampungKb.Id;
    }
}
