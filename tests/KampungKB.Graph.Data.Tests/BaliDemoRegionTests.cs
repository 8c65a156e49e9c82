using KampungKB.Graph.Data.Regions;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Data.Tests;

/// <summary>The demo's regions match DESIGN.md's Bali table.</summary>
[Collection(SeededDemoCollection.Name)]
public sealed class BaliDemoRegionTests(SeededDemoFixture demo)
{
    [Fact(DisplayName = "Bali has 9 kab/kota, 57 kecamatan and 716 villages (636 desa + 80 kelurahan)")]
    public async Task Totals()
    {
        await using var db = demo.CreateContext();
        Assert.Equal("Bali", (await db.Provinces.SingleAsync()).Name);
        Assert.Equal(9, await db.Regencies.CountAsync());
        Assert.Equal(57, await db.Districts.CountAsync());
        Assert.Equal(716, await db.Villages.CountAsync());
        Assert.Equal(636, await db.Villages.CountAsync(v => v.Kind == VillageKind.Desa));
        Assert.Equal(80, await db.Villages.CountAsync(v => v.Kind == VillageKind.Kelurahan));
    }

    [Theory(DisplayName = "Each kab/kota has its real code, name, kind and the table's kecamatan, desa and kelurahan counts")]
    [InlineData("51.01", "Kabupaten Jembrana", RegencyKind.Kabupaten, 5, 41, 10)]
    [InlineData("51.02", "Kabupaten Tabanan", RegencyKind.Kabupaten, 10, 133, 0)]
    [InlineData("51.03", "Kabupaten Badung", RegencyKind.Kabupaten, 6, 46, 16)]
    [InlineData("51.04", "Kabupaten Gianyar", RegencyKind.Kabupaten, 7, 64, 6)]
    [InlineData("51.05", "Kabupaten Klungkung", RegencyKind.Kabupaten, 4, 53, 6)]
    [InlineData("51.06", "Kabupaten Bangli", RegencyKind.Kabupaten, 4, 68, 4)]
    [InlineData("51.07", "Kabupaten Karangasem", RegencyKind.Kabupaten, 8, 75, 3)]
    [InlineData("51.08", "Kabupaten Buleleng", RegencyKind.Kabupaten, 9, 129, 19)]
    [InlineData("51.71", "Kota Denpasar", RegencyKind.Kota, 4, 27, 16)]
    public async Task Regency(string code, string name, RegencyKind kind, int districts, int desa, int kelurahan)
    {
        await using var db = demo.CreateContext();
        var regency = await db.Regencies.SingleAsync(r => r.Code == code);
        Assert.Equal((name, kind, "51"), (regency.Name, regency.Kind, regency.ProvinceCode));
        Assert.Equal(districts, await db.Districts.CountAsync(d => d.RegencyCode == code));
        Assert.Equal(desa, await db.Villages.CountAsync(v => v.District!.RegencyCode == code && v.Kind == VillageKind.Desa));
        Assert.Equal(kelurahan, await db.Villages.CountAsync(v => v.District!.RegencyCode == code && v.Kind == VillageKind.Kelurahan));
    }

    [Fact(DisplayName = "Codes follow Kemendagri: kecamatan NN.NN.NN, village NN.NN.NN.KNNN with K=1 kelurahan, 2 desa")]
    public async Task CodesAreKemendagriShaped()
    {
        await using var db = demo.CreateContext();
        var districts = await db.Districts.AsNoTracking().ToListAsync();
        Assert.All(districts, d => Assert.Matches(@"^51\.\d\d\.\d\d$", d.Code));
        Assert.All(districts, d => Assert.StartsWith(d.RegencyCode + ".", d.Code, StringComparison.Ordinal));
        var villages = await db.Villages.AsNoTracking().ToListAsync();
        Assert.All(villages, v => Assert.Matches(@"^51\.\d\d\.\d\d\.[12]\d\d\d$", v.Code));
        Assert.All(villages, v => Assert.StartsWith(v.DistrictCode + ".", v.Code, StringComparison.Ordinal));
        Assert.All(villages, v => Assert.Equal(v.Kind == VillageKind.Kelurahan ? '1' : '2', v.Code[9]));
        Assert.Contains(villages, v => v.Code == "51.01.01.2001");
        Assert.Contains(villages, v => v.Code == "51.01.01.1001");
    }
}
