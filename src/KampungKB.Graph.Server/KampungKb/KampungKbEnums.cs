using GraphQL.Types;
using KampungKB.Graph.Data.Kampung;
using KampungKB.Graph.Server.Types;

namespace KampungKB.Graph.Server.KampungKb;

/// <summary>GraphQL <c>Classification</c>.</summary>
internal sealed class ClassificationType : EnumerationGraphType<Classification>
{
    public ClassificationType()
    {
        Name = "Classification";
        Description = "The class of a Kampung KB, computed from its profile and reports by the BKKBN rule (input, process and output indices).";
        Values["DASAR"]!.Description = "Dasar: at most one of the three indices is high.";
        Values["BERKEMBANG"]!.Description = "Berkembang: input and process are high, output is not.";
        Values["MANDIRI"]!.Description = "Mandiri: output is high and exactly one other index is.";
        Values["BERKELANJUTAN"]!.Description = "Berkelanjutan: all three indices are high.";
    }
}

/// <summary>GraphQL <c>RegulationIssuer</c>.</summary>
internal sealed class RegulationIssuerType() : FlagsEnumType<RegulationIssuers>("RegulationIssuer",
    "Who issued a regulation backing the Kampung KB.",
    new Dictionary<RegulationIssuers, string>
    {
        [RegulationIssuers.Governor] = "The governor (gubernur).",
        [RegulationIssuers.Bupati] = "The bupati or wali kota.",
        [RegulationIssuers.Camat] = "The camat.",
        [RegulationIssuers.KepalaDesa] = "The kepala desa or lurah.",
    });

/// <summary>GraphQL <c>FundingSource</c>.</summary>
internal sealed class FundingSourceType() : FlagsEnumType<FundingSources>("FundingSource",
    "A source of funding of a Kampung KB.",
    new Dictionary<FundingSources, string>
    {
        [FundingSources.Apbn] = "State budget (APBN).",
        [FundingSources.Apbd] = "Regional budget (APBD).",
        [FundingSources.DanaDesa] = "Village fund (Dana Desa).",
        [FundingSources.Hibah] = "Grant (hibah).",
        [FundingSources.Csr] = "Corporate social responsibility (CSR).",
        [FundingSources.Swadaya] = "Community self-funding (swadaya).",
    });

/// <summary>GraphQL <c>PoktanKind</c>.</summary>
internal sealed class PoktanKindType() : FlagsEnumType<PoktanKinds>("PoktanKind",
    "A kelompok kegiatan (Poktan) a Kampung KB runs.",
    new Dictionary<PoktanKinds, string>
    {
        [PoktanKinds.Bkb] = "Bina Keluarga Balita (families with toddlers).",
        [PoktanKinds.Bkr] = "Bina Keluarga Remaja (families with teenagers).",
        [PoktanKinds.Bkl] = "Bina Keluarga Lansia (families with elderly).",
        [PoktanKinds.Uppka] = "Usaha Peningkatan Pendapatan Keluarga Akseptor (family income).",
        [PoktanKinds.PikR] = "Pusat Informasi dan Konseling Remaja (youth counselling).",
    });

/// <summary>GraphQL <c>DataSource</c>.</summary>
internal sealed class DataSourceType() : FlagsEnumType<DataSources>("DataSource",
    "A data source a Kampung KB uses for planning.",
    new Dictionary<DataSources, string>
    {
        [DataSources.PendataanKeluarga] = "Pendataan Keluarga (BKKBN family census).",
        [DataSources.DataRutin] = "Routine BKKBN service statistics.",
        [DataSources.DataSektoral] = "Other agencies' sector data.",
        [DataSources.ProfilDesa] = "The village profile (profil desa).",
        [DataSources.Survei] = "Surveys.",
    });

/// <summary>GraphQL <c>OperationalMechanism</c>.</summary>
internal sealed class OperationalMechanismType() : FlagsEnumType<OperationalMechanisms>("OperationalMechanism",
    "An operational mechanism a Kampung KB runs.",
    new Dictionary<OperationalMechanisms, string>
    {
        [OperationalMechanisms.RapatKoordinasi] = "Coordination meetings.",
        [OperationalMechanisms.Sosialisasi] = "Outreach (sosialisasi).",
        [OperationalMechanisms.PelayananTerpadu] = "Integrated services.",
        [OperationalMechanisms.Monitoring] = "Monitoring.",
        [OperationalMechanisms.Evaluasi] = "Evaluation.",
        [OperationalMechanisms.Pelaporan] = "Recording and reporting.",
    });
