using KampungKB.Graph.Data.Regions;

namespace KampungKB.Graph.Data.National;

/// <summary>
/// A made-up country with Indonesia's shape: the 38 real province codes, then exactly 514 kab/kota (98 kota),
/// 7,285 kecamatan and 83,762 villages (8,496 kelurahan, 14 desa adat), spread evenly, Kemendagri-coded.
/// Names say "Sintetis" so nobody mistakes them for the official list.
/// </summary>
internal static class SyntheticRegions
{
    public const int Regencies = 514, Kota = 98, Districts = 7_285, Villages = 83_762, Kelurahan = 8_496, DesaAdat = 14;

    public static readonly IReadOnlyList<string> ProvinceCodes =
    [
        "11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32", "33", "34", "35", "36", "51", "52", "53",
        "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76", "81", "82", "91", "92", "93", "94", "95", "96",
    ];

    public static (List<Province> Provinces, List<Regency> Regencies, List<District> Districts, List<Village> Villages) Build()
    {
        var provinces = new List<Province>();
        var regencies = new List<Regency>();
        var districts = new List<District>();
        var villages = new List<Village>(Villages);
        for (var p = 0; p < ProvinceCodes.Count; p++)
        {
            var code = ProvinceCodes[p];
            provinces.Add(new Province { Code = code, Name = $"Provinsi Sintetis {code}" });
            var count = Share(Regencies, ProvinceCodes.Count, p);
            var kota = Share(Kota, ProvinceCodes.Count, p);
            for (var r = 0; r < count; r++)
            {
                var isKota = r >= count - kota;
                var number = isKota ? 71 + r - (count - kota) : r + 1;
                var regencyCode = $"{code}.{number:00}";
                regencies.Add(new Regency
                {
                    Code = regencyCode,
                    Name = $"{(isKota ? "Kota" : "Kabupaten")} Sintetis {regencyCode}",
                    Kind = isKota ? RegencyKind.Kota : RegencyKind.Kabupaten,
                    ProvinceCode = code,
                });
            }
        }
        for (var r = 0; r < regencies.Count; r++)
        {
            for (var d = 0; d < Share(Districts, regencies.Count, r); d++)
            {
                var districtCode = $"{regencies[r].Code}.{d + 1:00}";
                districts.Add(new District { Code = districtCode, Name = $"Kecamatan Sintetis {districtCode}", RegencyCode = regencies[r].Code });
            }
        }
        for (var d = 0; d < districts.Count; d++)
        {
            var total = Share(Villages, districts.Count, d);
            var kelurahan = Share(Kelurahan, districts.Count, d);
            var desaAdat = d < DesaAdat ? 1 : 0;
            AddVillages(villages, districts[d].Code, VillageKind.Kelurahan, kelurahan);
            AddVillages(villages, districts[d].Code, VillageKind.Desa, total - kelurahan - desaAdat);
            AddVillages(villages, districts[d].Code, VillageKind.DesaAdat, desaAdat);
        }
        return (provinces, regencies, districts, villages);
    }

    // Spread evenly; the first parts take the remainder.
    private static int Share(int total, int parts, int zeroBased) => (total / parts) + (zeroBased < total % parts ? 1 : 0);

    private static void AddVillages(List<Village> villages, string districtCode, VillageKind kind, int count)
    {
        for (var v = 1; v <= count; v++)
        {
            var code = $"{districtCode}.{(int)kind}{v:000}";
            villages.Add(new Village { Code = code, Name = $"{kind} Sintetis {code}", Kind = kind, DistrictCode = districtCode });
        }
    }
}
