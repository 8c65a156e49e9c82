using System.Globalization;
using KampungKB.Graph.Data.Kampung;
using KampungKB.Graph.Data.Programs;
using KampungKB.Graph.Data.Regions;

namespace KampungKB.Graph.Data.Demo;

/// <summary>
/// The Bali demo as objects, built deterministically from one seed: regions, catalogue, and every Kampung KB
/// with its snapshots, reports, participations and observations. Classes are chosen first, then data drawn to land in them.
/// </summary>
internal sealed class DemoDataset
{
    public const int Seed = 51_2025;

    /// <summary>The twelve report months, Sep 2024 to Aug 2025 (the article's month).</summary>
    public static readonly IReadOnlyList<string> ReportPeriods = Period.Range("2024-09", 12);

    /// <summary>Profile snapshot periods; the last is current.</summary>
    public static readonly IReadOnlyList<string> ProfilePeriods = ["2025-02", "2025-08"];

    public required Province Province { get; init; }
    public required IReadOnlyList<Agency> Agencies { get; init; }
    public required IReadOnlyList<SectorProgram> Programs { get; init; }
    public required IReadOnlyList<Indicator> Indicators { get; init; }
    public required IReadOnlyList<DemoKampungKb> KampungKbs { get; init; }

    public static DemoDataset Build()
    {
        var rng = new Random(Seed);
        var province = new Province { Code = BaliRegions.ProvinceCode, Name = BaliRegions.ProvinceName };
        var plans = new List<(Village Village, RegencySpec Regency, Classification Target)>();
        foreach (var spec in BaliRegions.Regencies)
        {
            var regency = BuildRegency(spec);
            province.Regencies.Add(regency);
            var withKampungKb = regency.Districts.SelectMany(d => d.Villages).ToList();
            rng.Shuffle(withKampungKb);
            withKampungKb = withKampungKb.Skip(spec.WithoutKampungKb).OrderBy(v => v.Code, StringComparer.Ordinal).ToList();
            var classes = spec.ClassList().ToList();
            rng.Shuffle(classes);
            plans.AddRange(withKampungKb.Select((v, i) => (v, spec, classes[i])));
        }

        var targets = plans.Select(p => IndexTargets.For(p.Target, rng)).ToList();
        var rumahDataKu = PickRumahDataKu(rng, targets);
        var modelRegencies = new HashSet<string>();
        var kampungKbs = new List<DemoKampungKb>(plans.Count);
        for (var i = 0; i < plans.Count; i++)
        {
            var (village, spec, target) = plans[i];
            // The first Berkelanjutan of each regency is its model; Jembrana's is also the province's.
            var isModel = target == Classification.Berkelanjutan && modelRegencies.Add(spec.Code);
            var place = new KampungKbPlace(spec.ShortName, spec.Latitude, spec.Longitude);
            kampungKbs.Add(BuildKampungKb(rng, village, place, targets[i], rumahDataKu.Contains(i), isModel, isModel && spec.Code == "51.01", i + 1));
        }
        return new DemoDataset
        {
            Province = province,
            Agencies = DemoCatalog.Agencies,
            Programs = DemoCatalog.Programs,
            Indicators = DemoCatalog.Indicators,
            KampungKbs = kampungKbs,
        };
    }

    private static Regency BuildRegency(RegencySpec spec)
    {
        var regency = new Regency
        {
            Code = spec.Code,
            Name = spec.Name,
            // Kemendagri numbers kabupaten 01-69 and kota 71-99.
            Kind = int.Parse(spec.Code[3..], CultureInfo.InvariantCulture) >= 71 ? RegencyKind.Kota : RegencyKind.Kabupaten,
            ProvinceCode = BaliRegions.ProvinceCode,
        };
        for (var d = 1; d <= spec.Districts; d++)
        {
            var district = new District
            {
                Code = $"{spec.Code}.{d:00}",
                Name = $"Kecamatan {spec.ShortName} {d}",
                RegencyCode = spec.Code,
            };
            AddVillages(district, VillageKind.Kelurahan, "Kelurahan", 1000, Share(spec.Kelurahan, spec.Districts, d), $"{spec.ShortName} {d}");
            AddVillages(district, VillageKind.Desa, "Desa", 2000, Share(spec.Desa, spec.Districts, d), $"{spec.ShortName} {d}");
            regency.Districts.Add(district);
        }
        return regency;
    }

    // Spread evenly; the first districts take the remainder.
    private static int Share(int total, int parts, int oneBased) => (total / parts) + (oneBased <= total % parts ? 1 : 0);

    private static void AddVillages(District district, VillageKind kind, string prefix, int firstNumber, int count, string tag)
    {
        for (var v = 1; v <= count; v++)
        {
            district.Villages.Add(new Village
            {
                Code = $"{district.Code}.{firstNumber + v}",
                Name = $"{prefix} {tag}-{v:00}",
                Kind = kind,
                DistrictCode = district.Code,
            });
        }
    }

    // Exactly the published count, leaning towards Kampung KB whose input index is high.
    private static HashSet<int> PickRumahDataKu(Random rng, List<IndexTargets> targets) =>
        targets.Select((t, i) => (Index: i, Key: rng.NextDouble() + (t.Input ? 0.6 : 0)))
            .OrderByDescending(x => x.Key)
            .Take(BaliRegions.RumahDataKu)
            .Select(x => x.Index)
            .ToHashSet();

    /// <summary>One Kampung KB in <paramref name="village"/> with its snapshots, reports, participations and observations,
    /// drawn so the rule lands on <paramref name="target"/>; shared by the Bali demo and the national generator.</summary>
    public static DemoKampungKb BuildKampungKb(Random rng, Village village, KampungKbPlace place, IndexTargets target,
        bool hasRumahDataKu, bool isRegencyModel, bool isProvinceModel, int number)
    {
        var declaredOn = new DateOnly(2016, 1, 14).AddDays(rng.Between(0, 2900));
        var agencies = AgencyCount(rng, target.Process);
        var latest = DemoProfiles.Latest(rng, ProfilePeriods[^1], target, hasRumahDataKu, agencies, $"{place.Tag} {number:000}");
        var participations = DemoParticipations.For(rng, agencies, declaredOn);
        var reports = DemoReports.Series(rng, ReportPeriods, target.Output);
        var kampungKb = new KampungKb
        {
            Name = $"Kampung KB {village.Name}",
            VillageCode = village.Code,
            DeclaredOn = declaredOn,
            // Bali divides a desa into banjar dinas and a kelurahan into lingkungan.
            Coverage = rng.Chance(0.6) ? $"Seluruh wilayah {(village.Kind == VillageKind.Kelurahan ? "kelurahan" : "desa")}"
                : $"{rng.Between(1, 6)} {(village.Kind == VillageKind.Kelurahan ? "lingkungan" : "banjar dinas")}",
            Latitude = Math.Round(place.Latitude + rng.Between(-0.08, 0.08), 5),
            Longitude = Math.Round(place.Longitude + rng.Between(-0.08, 0.08), 5),
            IsActive = true,
            IsRegencyModel = isRegencyModel,
            IsProvinceModel = isProvinceModel,
            HasRumahDataKu = hasRumahDataKu,
        };
        return new DemoKampungKb(
            kampungKb,
            [DemoProfiles.Earlier(rng, latest, ProfilePeriods[0]), latest],
            reports,
            participations,
            DemoObservations.For(rng, ReportPeriods, participations, reports[^1].Families));
    }

    // An agency count in the band of a score drawn towards the process target.
    private static int AgencyCount(Random rng, bool processHigh) => rng.Leaning(1, 4, processHigh) switch
    {
        1 => 0,
        2 => rng.Between(1, 3),
        3 => rng.Between(4, 6),
        _ => rng.Between(7, 10),
    };
}

/// <summary>Where a generated Kampung KB lies: a tag for made-up PLKB names, and the centre its coordinates scatter around.</summary>
internal readonly record struct KampungKbPlace(string Tag, double Latitude, double Longitude);

/// <summary>A Kampung KB and its rows, kept apart so the rows can be bulk-inserted once the Kampung KB has its id.</summary>
internal sealed record DemoKampungKb(
    KampungKb KampungKb,
    List<ProfileSnapshot> Profiles,
    List<MonthlyReport> Reports,
    List<ProgramParticipation> Participations,
    List<Observation> Observations)
{
    /// <summary>Points every row at the Kampung KB's id, known after it is saved.</summary>
    public void AssignKampungKbId()
    {
        var id = KampungKb.Id;
        Profiles.ForEach(p => p.KampungKbId = id);
        Reports.ForEach(r => r.KampungKbId = id);
        Participations.ForEach(p => p.KampungKbId = id);
        Observations.ForEach(o => o.KampungKbId = id);
    }
}
