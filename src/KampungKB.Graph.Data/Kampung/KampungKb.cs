using KampungKB.Graph.Data.Programs;
using KampungKB.Graph.Data.Regions;

namespace KampungKB.Graph.Data.Kampung;

/// <summary>A Kampung Keluarga Berkualitas as the BKKBN portal records it.</summary>
public sealed class KampungKb
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string VillageCode { get; set; }
    public Village? Village { get; set; }
    /// <summary>Tanggal pencanangan.</summary>
    public DateOnly DeclaredOn { get; set; }
    /// <summary>Cakupan wilayah: the RW or dusun the Kampung KB covers.</summary>
    public string? Coverage { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public bool IsActive { get; set; } = true;
    /// <summary>Percontohan kabupaten.</summary>
    public bool IsRegencyModel { get; set; }
    /// <summary>Percontohan provinsi.</summary>
    public bool IsProvinceModel { get; set; }

    /// <summary>Kept equal to the latest snapshot's Rumah DataKu flag so counts stay one indexed column;
    /// written by <see cref="KampungKbClassifier.RefreshAsync"/>.</summary>
    public bool HasRumahDataKu { get; set; }
    /// <summary>Computed by <see cref="ClassificationRule"/> on write, never typed in;
    /// written by <see cref="KampungKbClassifier.RefreshAsync"/>.</summary>
    public Classification Classification { get; set; } = Classification.Dasar;

    // Collections are made on first use: a read materializes many rows whose collections nobody loads.
    public List<ProfileSnapshot> Profiles { get => field ??= []; set; }
    public List<MonthlyReport> Reports { get => field ??= []; set; }
    public List<ProgramParticipation> Participations { get => field ??= []; set; }
    public List<Observation> Observations { get => field ??= []; set; }
}

/// <summary>The four classes of a Kampung KB, from least to most developed.</summary>
public enum Classification
{
    Dasar = 1,
    Berkembang = 2,
    Mandiri = 3,
    Berkelanjutan = 4,
}
