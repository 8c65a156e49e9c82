namespace KampungKB.Graph.Data.Kampung;

/// <summary>A monthly KKBPK report of a Kampung KB.</summary>
public sealed class MonthlyReport
{
    public int Id { get; set; }
    public int KampungKbId { get; set; }
    public KampungKb? KampungKb { get; set; }
    /// <summary>Period as <c>YYYY-MM</c>.</summary>
    public required string Period { get; set; }

    /// <summary>Families (keluarga) in the Kampung KB; the base of Poktan participation.</summary>
    public int Families { get; set; }
    /// <summary>Couples of reproductive age (pasangan usia subur).</summary>
    public int Pus { get; set; }
    public int Iud { get; set; }
    public int Mow { get; set; }
    public int Mop { get; set; }
    public int Kondom { get; set; }
    public int Implan { get; set; }
    public int Suntik { get; set; }
    public int Pil { get; set; }
    /// <summary>Unmet need: want a child later (ingin anak ditunda).</summary>
    public int Iat { get; set; }
    /// <summary>Unmet need: want no more children (tidak ingin anak lagi).</summary>
    public int Tial { get; set; }
    /// <summary>Families taking part in a Poktan.</summary>
    public int PoktanParticipants { get; set; }
}
