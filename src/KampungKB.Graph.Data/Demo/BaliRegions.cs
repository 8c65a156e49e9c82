using KampungKB.Graph.Data.Kampung;

namespace KampungKB.Graph.Data.Demo;

/// <summary>
/// One kabupaten/kota of the demo: its real code, name and counts, and the demo's targets
/// (villages without a Kampung KB; Kampung KB per class DASAR, BERKEMBANG, MANDIRI, BERKELANJUTAN; a rough centre).
/// </summary>
internal sealed record RegencySpec(
    string Code, string Name, string ShortName, int Districts, int Desa, int Kelurahan,
    int WithoutKampungKb, (int Dasar, int Berkembang, int Mandiri, int Berkelanjutan) Classes,
    double Latitude, double Longitude)
{
    public int Villages => Desa + Kelurahan;
    public int KampungKbs => Villages - WithoutKampungKb;

    public IEnumerable<Classification> ClassList() =>
        Enumerable.Repeat(Classification.Dasar, Classes.Dasar)
            .Concat(Enumerable.Repeat(Classification.Berkembang, Classes.Berkembang))
            .Concat(Enumerable.Repeat(Classification.Mandiri, Classes.Mandiri))
            .Concat(Enumerable.Repeat(Classification.Berkelanjutan, Classes.Berkelanjutan));
}

/// <summary>Bali as DESIGN.md tabulates it, with the published Kampung KB figures (Aug 2025) as targets.</summary>
internal static class BaliRegions
{
    public const string ProvinceCode = "51";
    public const string ProvinceName = "Bali";
    public const int RumahDataKu = 461;

    // Jembrana (7 Mandiri, 27 Berkelanjutan) and Tabanan (all four) are published; the rest are plausible mixes.
    public static readonly IReadOnlyList<RegencySpec> Regencies =
    [
        new("51.01", "Kabupaten Jembrana", "Jembrana", 5, 41, 10, 0, (5, 12, 7, 27), -8.36, 114.64),
        new("51.02", "Kabupaten Tabanan", "Tabanan", 10, 133, 0, 0, (13, 37, 23, 60), -8.45, 115.08),
        new("51.03", "Kabupaten Badung", "Badung", 6, 46, 16, 0, (8, 20, 12, 22), -8.58, 115.18),
        new("51.04", "Kabupaten Gianyar", "Gianyar", 7, 64, 6, 10, (10, 20, 12, 18), -8.47, 115.32),
        new("51.05", "Kabupaten Klungkung", "Klungkung", 4, 53, 6, 9, (10, 18, 10, 12), -8.55, 115.40),
        new("51.06", "Kabupaten Bangli", "Bangli", 4, 68, 4, 11, (15, 22, 10, 14), -8.30, 115.35),
        new("51.07", "Kabupaten Karangasem", "Karangasem", 8, 75, 3, 12, (18, 24, 10, 14), -8.37, 115.57),
        new("51.08", "Kabupaten Buleleng", "Buleleng", 9, 129, 19, 22, (25, 45, 24, 32), -8.15, 115.05),
        new("51.71", "Kota Denpasar", "Denpasar", 4, 27, 16, 6, (4, 10, 9, 14), -8.65, 115.22),
    ];
}
