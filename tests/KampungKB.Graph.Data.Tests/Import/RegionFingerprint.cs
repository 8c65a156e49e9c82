using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Data.Tests.Import;

/// <summary>Counts and a hash of every region row, to prove a database unchanged.</summary>
internal static class RegionFingerprint
{
    public static async Task<string> OfAsync(KampungKbDbContext db)
    {
        var text = new StringBuilder();
        foreach (var p in await db.Provinces.AsNoTracking().OrderBy(p => p.Code).ToListAsync()) text.Append($"{p.Code}|{p.Name}\n");
        foreach (var r in await db.Regencies.AsNoTracking().OrderBy(r => r.Code).ToListAsync()) text.Append($"{r.Code}|{r.Name}|{r.Kind}|{r.ProvinceCode}\n");
        foreach (var d in await db.Districts.AsNoTracking().OrderBy(d => d.Code).ToListAsync()) text.Append($"{d.Code}|{d.Name}|{d.RegencyCode}\n");
        foreach (var v in await db.Villages.AsNoTracking().OrderBy(v => v.Code).ToListAsync()) text.Append($"{v.Code}|{v.Name}|{v.Kind}|{v.DistrictCode}\n");
        var counts = $"{await db.Provinces.CountAsync()}/{await db.Regencies.CountAsync()}/{await db.Districts.CountAsync()}/{await db.Villages.CountAsync()}";
        return $"{counts} {Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))}";
    }
}
