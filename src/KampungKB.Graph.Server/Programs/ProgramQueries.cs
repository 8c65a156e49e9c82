using GraphQL.Types;
using KampungKB.Graph.Data.Programs;
using KampungKB.Graph.Querying;
using KampungKB.Graph.Server.Indicators;
using KampungKB.Graph.Server.Types;

namespace KampungKB.Graph.Server.Programs;

/// <summary>Root fields for agencies, programmes and indicators.</summary>
internal static class ProgramQueries
{
    public static void AddProgramQueries(this ObjectGraphType query)
    {
        query.Connection("agencies", typeof(AgencyType), HubData.Rows(db => db.Agencies))
            .Filter<AgencyFilterInputType>().Sort<AgencySortInputType>()
            .Description("Agencies running programmes in Kampung KB, by code unless `order` says otherwise.");
        query.Connection("programs", typeof(ProgramType), HubData.Rows(db => db.Programs))
            .Filter<ProgramFilterInputType>().Sort<ProgramSortInputType>()
            .Description("Sector programmes, by code unless `order` says otherwise.");
        query.ByCode<ProgramType, SectorProgram>("program", "One programme by its code, or null.", "`DEKAT`");
        query.Connection("indicators", typeof(IndicatorType), HubData.Rows(db => db.Indicators))
            .Filter<IndicatorFilterInputType>().Sort<IndicatorSortInputType>()
            .Description("Indicators the programmes publish, by code unless `order` says otherwise.");
    }
}
