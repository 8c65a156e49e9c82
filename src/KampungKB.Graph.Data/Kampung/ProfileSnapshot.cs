namespace KampungKB.Graph.Data.Kampung;

/// <summary>The state of a Kampung KB in one period; the latest one is current.</summary>
public sealed class ProfileSnapshot
{
    public int Id { get; set; }
    public int KampungKbId { get; set; }
    public KampungKb? KampungKb { get; set; }
    /// <summary>Period as <c>YYYY-MM</c>.</summary>
    public required string Period { get; set; }

    public bool PokjaFormed { get; set; }
    public bool PokjaHasSk { get; set; }
    public int PokjaMembers { get; set; }
    public int PokjaMembersTrained { get; set; }

    /// <summary>Whether a PLKB/PKB accompanies the Kampung KB.</summary>
    public bool HasPlkb { get; set; }
    /// <summary>Sensitive personal data.</summary>
    public string? PlkbName { get; set; }
    /// <summary>Sensitive personal data.</summary>
    public string? PlkbContact { get; set; }

    public RegulationIssuers Regulations { get; set; }
    /// <summary>Rencana kerja masyarakat.</summary>
    public bool HasRkm { get; set; }
    public FundingSources Funding { get; set; }
    public PoktanKinds Poktan { get; set; }
    public bool HasSekretariat { get; set; }
    public bool HasRumahDataKu { get; set; }
    public DataSources DataSources { get; set; }
    public OperationalMechanisms Mechanisms { get; set; }
}

/// <summary>Who issued a regulation (SK/Perbup/...) backing the Kampung KB.</summary>
[Flags]
public enum RegulationIssuers
{
    None = 0,
    Governor = 1,
    Bupati = 2,
    Camat = 4,
    KepalaDesa = 8,
}

/// <summary>Sources of funding.</summary>
[Flags]
public enum FundingSources
{
    None = 0,
    Apbn = 1,
    Apbd = 2,
    DanaDesa = 4,
    Hibah = 8,
    Csr = 16,
    Swadaya = 32,
}

/// <summary>Kelompok kegiatan (Poktan) the Kampung KB runs.</summary>
[Flags]
public enum PoktanKinds
{
    None = 0,
    Bkb = 1,
    Bkr = 2,
    Bkl = 4,
    Uppka = 8,
    PikR = 16,
}

/// <summary>Data sources the Kampung KB uses for planning.</summary>
[Flags]
public enum DataSources
{
    None = 0,
    PendataanKeluarga = 1,
    DataRutin = 2,
    DataSektoral = 4,
    ProfilDesa = 8,
    Survei = 16,
}

/// <summary>Operational mechanisms the Kampung KB runs.</summary>
[Flags]
public enum OperationalMechanisms
{
    None = 0,
    RapatKoordinasi = 1,
    Sosialisasi = 2,
    PelayananTerpadu = 4,
    Monitoring = 8,
    Evaluasi = 16,
    Pelaporan = 32,
}
