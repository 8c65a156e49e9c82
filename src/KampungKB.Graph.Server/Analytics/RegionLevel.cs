using System.Linq.Expressions;
using GraphQL.Types;
using KampungKB.Graph.Data.Programs;
using KampungKB.Graph.Data.Regions;
using Entity = KampungKB.Graph.Data.Kampung.KampungKb;

namespace KampungKB.Graph.Server.Analytics;

/// <summary>The level of the region hierarchy figures are counted per; <see cref="Country"/> is the whole database.</summary>
internal enum RegionLevel
{
    Country = 0,
    Province = 1,
    Regency = 2,
    District = 3,
}

/// <summary>The code of the region a row counts in at each level, through the model's foreign keys.</summary>
internal static class RegionOf
{
    public static Expression<Func<Village, string>> Village(RegionLevel level) => level switch
    {
        RegionLevel.Country => v => "",
        RegionLevel.Province => v => v.District!.Regency!.ProvinceCode,
        RegionLevel.Regency => v => v.District!.RegencyCode,
        RegionLevel.District => v => v.DistrictCode,
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    public static Expression<Func<Entity, string>> KampungKb(RegionLevel level) =>
        Lambda.Compose((Entity k) => k.Village!, Village(level));

    public static Expression<Func<ProgramParticipation, string>> Participation(RegionLevel level) =>
        Lambda.Compose((ProgramParticipation p) => p.KampungKb!, KampungKb(level));

    public static Expression<Func<Observation, string>> Observation(RegionLevel level) =>
        Lambda.Compose((Observation o) => o.KampungKb!, KampungKb(level));
}

/// <summary>GraphQL <c>RegionLevel</c>: what a time series is broken down by.</summary>
internal sealed class RegionLevelType : EnumerationGraphType
{
    public RegionLevelType()
    {
        Name = "RegionLevel";
        Description = "A level of the region hierarchy to break figures down by.";
        Add("PROVINCE", RegionLevel.Province, "Per province.");
        Add("REGENCY", RegionLevel.Regency, "Per kab/kota.");
        Add("DISTRICT", RegionLevel.District, "Per kecamatan.");
    }
}
