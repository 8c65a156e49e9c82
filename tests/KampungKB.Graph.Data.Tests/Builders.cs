using KampungKB.Graph.Data.Kampung;

namespace KampungKB.Graph.Data.Tests;

/// <summary>Reports with only the counts a test names.</summary>
internal static class Reports
{
    public static MonthlyReport With(int families = 100, int pus = 100, int iud = 0, int mow = 0, int mop = 0, int kondom = 0,
        int implan = 0, int suntik = 0, int pil = 0, int iat = 0, int tial = 0, int participants = 0) => new()
    {
        Period = "2025-08", Families = families, Pus = pus, Iud = iud, Mow = mow, Mop = mop, Kondom = kondom,
        Implan = implan, Suntik = suntik, Pil = pil, Iat = iat, Tial = tial, PoktanParticipants = participants,
    };
}

/// <summary>Profiles with only the fields a test names.</summary>
internal static class Profiles
{
    public static ProfileSnapshot With(bool pokjaFormed = false, int pokjaMembers = 0, int pokjaTrained = 0,
        FundingSources funding = FundingSources.None, PoktanKinds poktan = PoktanKinds.None, bool sekretariat = false,
        bool rumahDataKu = false, bool plkb = false, RegulationIssuers regulations = RegulationIssuers.None,
        DataSources dataSources = DataSources.None, OperationalMechanisms mechanisms = OperationalMechanisms.None) => new()
    {
        Period = "2025-08", PokjaFormed = pokjaFormed, PokjaMembers = pokjaMembers, PokjaMembersTrained = pokjaTrained,
        Funding = funding, Poktan = poktan, HasSekretariat = sekretariat, HasRumahDataKu = rumahDataKu, HasPlkb = plkb,
        Regulations = regulations, DataSources = dataSources, Mechanisms = mechanisms,
    };

    /// <summary>Every input and process indicator at its top score.</summary>
    public static ProfileSnapshot Strong() => With(true, 12, 6, (FundingSources)63, (PoktanKinds)31, true, true, true,
        RegulationIssuers.Bupati, (DataSources)31, (OperationalMechanisms)63);
}
