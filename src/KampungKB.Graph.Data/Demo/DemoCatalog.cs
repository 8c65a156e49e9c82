using KampungKB.Graph.Data.Programs;

namespace KampungKB.Graph.Data.Demo;

/// <summary>The agencies, programmes and indicators of DESIGN.md "Sector agencies and programmes".</summary>
internal static class DemoCatalog
{
    // Fresh instances on every read: EF fixes up navigations on tracked objects, so they must not be shared between contexts.
    public static IReadOnlyList<Agency> Agencies =>
    [
        new() { Code = Agency.BkkbnCode, Name = "Kemendukbangga/BKKBN" },
        new() { Code = "DUKCAPIL", Name = "Dinas Kependudukan dan Pencatatan Sipil" },
        new() { Code = "KOMINFO", Name = "Dinas Komunikasi dan Informatika" },
        new() { Code = "DINKES", Name = "Dinas Kesehatan" },
        new() { Code = "KOPERASI", Name = "Dinas Koperasi dan UKM" },
        new() { Code = "PERTANIAN", Name = "Dinas Pertanian dan Perkebunan" },
        new() { Code = "PPPA", Name = "Dinas Pemberdayaan Perempuan dan Perlindungan Anak" },
        new() { Code = "SOSIAL", Name = "Dinas Sosial" },
        new() { Code = "PU", Name = "Dinas Pekerjaan Umum" },
        new() { Code = "KEBUDAYAAN", Name = "Dinas Kebudayaan" },
        new() { Code = "PENDIDIKAN", Name = "Dinas Pendidikan" },
        new() { Code = "PETERNAKAN", Name = "Dinas Peternakan" },
        new() { Code = "BPS", Name = "Badan Pusat Statistik" },
        new() { Code = "AGAMA", Name = "Kementerian Agama" },
        new() { Code = "TNI_POLRI", Name = "TNI/Polri" },
        new() { Code = "PMD", Name = "Dinas Pemberdayaan Masyarakat dan Desa" },
        new() { Code = "LH", Name = "Dinas Lingkungan Hidup" },
    ];

    // Parents come before children so inserts need no second pass.
    public static IReadOnlyList<SectorProgram> Programs =>
    [
        Program("GATI", "Gerakan Ayah Teladan Indonesia", Agency.BkkbnCode, "Quick win: meningkatkan peran ayah dalam keluarga."),
        Program("DEKAT", "Desa/Kelurahan Ayah Teladan", Agency.BkkbnCode, "Quick win: GATI di tingkat desa/kelurahan.", "GATI"),
        Program("STUNTING", "Percepatan Penurunan Stunting", Agency.BkkbnCode, "Quick win: keluarga risiko stunting didampingi."),
        Program("TPK", "Tim Pendamping Keluarga", Agency.BkkbnCode, "Pendampingan keluarga risiko stunting.", "STUNTING"),
        Program("KOPERASI_MERAH_PUTIH", "Koperasi Desa/Kelurahan Merah Putih", "KOPERASI", "Quick win: pemberdayaan ekonomi keluarga."),
        Program("ADINDA", "Adinda: Anda Datang Ingin Nikah Kami Datang Bawa Akte Perkawinan", "DUKCAPIL"),
        Program("SATU_DATA_DESA", "Layanan Satu Data Dari Desa", "KOMINFO"),
        Program("POSYANDU", "Posyandu", "DINKES"),
        Program("KAKAO_KELAPA_SAWAH", "Kakao, Kelapa, Sawah", "PERTANIAN"),
        Program("DESA_LAYAK_ANAK", "Desa Layak Anak", "PPPA"),
        Program("PPPA_STUNTING", "Pencegahan Stunting (PPPA)", "PPPA", null, "STUNTING"),
        Program("JKN_KIS", "JKN-KIS bagi Keluarga Tidak Mampu", "SOSIAL"),
        Program("AIR_BERSIH_SANITASI", "Akses Air Bersih dan Sanitasi", "PU"),
        Program("JEGOG", "Pembinaan Kesenian Jegog", "KEBUDAYAAN"),
        Program("PAUD_TK_SD", "Pembentukan PAUD, TK, SD", "PENDIDIKAN"),
        Program("KELOMPOK_PETERNAK", "Kelompok Peternak Babi, Ayam, Sapi", "PETERNAKAN"),
        Program("DESA_CANTIK", "Desa Cantik: Desa Cinta Statistik", "BPS"),
        Program("TOMA_TOGA", "Pembinaan Tokoh Masyarakat dan Tokoh Agama", "AGAMA"),
        Program("BABINSA_BHABINKAMTIBMAS", "Pendampingan Babinsa/Bhabinkamtibmas", "TNI_POLRI"),
        Program("GOTONG_ROYONG", "Gotong Royong Desa", "PMD"),
        Program("KEBERSIHAN_DESA", "Monitoring Kebersihan Desa", "LH"),
    ];

    public static IReadOnlyList<Indicator> Indicators =>
    [
        Indicator(IndicatorCodes.StuntingPrevalence, "Prevalensi stunting", "%", IndicatorAggregation.Avg, "STUNTING"),
        Indicator(IndicatorCodes.FamiliesAtRiskOfStunting, "Keluarga berisiko stunting", "keluarga", IndicatorAggregation.Last, "STUNTING"),
        Indicator(IndicatorCodes.FamiliesAccompanied, "Keluarga didampingi TPK", "keluarga", IndicatorAggregation.Sum, "TPK"),
        Indicator(IndicatorCodes.GatiFathersReached, "Ayah terjangkau GATI", "ayah", IndicatorAggregation.Sum, "GATI"),
        Indicator(IndicatorCodes.GatiFathersTarget, "Target ayah GATI", "ayah", IndicatorAggregation.Sum, "GATI"),
        Indicator(IndicatorCodes.KoperasiMembers, "Anggota Koperasi Merah Putih", "anggota", IndicatorAggregation.Last, "KOPERASI_MERAH_PUTIH"),
        Indicator(IndicatorCodes.PosyanduWeighingCoverage, "Cakupan penimbangan balita (D/S)", "%", IndicatorAggregation.Avg, "POSYANDU"),
    ];

    /// <summary>Agencies other than BKKBN with a weight for how often a Kampung KB works with them.</summary>
    public static readonly IReadOnlyList<(string Agency, int Weight)> CrossSectorWeights =
    [
        ("DINKES", 10), ("KOPERASI", 8), ("SOSIAL", 6), ("PPPA", 6), ("PMD", 6), ("DUKCAPIL", 5),
        ("TNI_POLRI", 5), ("PENDIDIKAN", 4), ("KOMINFO", 4), ("PU", 4), ("PERTANIAN", 4), ("LH", 3),
        ("AGAMA", 3), ("PETERNAKAN", 3), ("KEBUDAYAAN", 2), ("BPS", 2),
    ];

    /// <summary>Programme codes of each agency, in catalogue order.</summary>
    public static readonly ILookup<string, string> ProgramsByAgency =
        Programs.ToLookup(p => p.AgencyCode, p => p.Code);

    private static SectorProgram Program(string code, string name, string agency, string? description = null, string? parent = null) =>
        new() { Code = code, Name = name, AgencyCode = agency, Description = description, ParentCode = parent };

    private static Indicator Indicator(string code, string name, string unit, IndicatorAggregation aggregation, string program) =>
        new() { Code = code, Name = name, Unit = unit, Aggregation = aggregation, ProgramCode = program };
}

/// <summary>Codes of the demo's indicators.</summary>
internal static class IndicatorCodes
{
    public const string StuntingPrevalence = "STUNTING_PREVALENCE";
    public const string FamiliesAtRiskOfStunting = "FAMILIES_AT_RISK_OF_STUNTING";
    public const string FamiliesAccompanied = "TPK_FAMILIES_ACCOMPANIED";
    public const string GatiFathersReached = "GATI_FATHERS_REACHED";
    public const string GatiFathersTarget = "GATI_FATHERS_TARGET";
    public const string KoperasiMembers = "KOPERASI_MEMBERS";
    public const string PosyanduWeighingCoverage = "POSYANDU_WEIGHING_COVERAGE";
}
