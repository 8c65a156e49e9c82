using GraphQL;
using GraphQL.Types;
using KampungKB.Graph.Data;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Server.Regions;

/// <summary>Root fields for the region hierarchy.</summary>
internal static class RegionQueries
{
    public static void AddRegionQueries(this ObjectGraphType query)
    {
        query.Field<ProvinceType>("province")
            .Description("One province by its Kemendagri code, or null.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "Kemendagri code, e.g. `51`.")
            .ResolveAsync(async ctx => await Db(ctx).Provinces.FirstOrDefaultAsync(p => p.Code == ctx.GetArgument<string>("code"), ctx.CancellationToken));
        query.Field<RegencyType>("regency")
            .Description("One kab/kota by its Kemendagri code, or null.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "Kemendagri code, e.g. `51.01`.")
            .ResolveAsync(async ctx => await Db(ctx).Regencies.FirstOrDefaultAsync(p => p.Code == ctx.GetArgument<string>("code"), ctx.CancellationToken));
        query.Field<DistrictType>("district")
            .Description("One kecamatan by its Kemendagri code, or null.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "Kemendagri code, e.g. `51.01.01`.")
            .ResolveAsync(async ctx => await Db(ctx).Districts.FirstOrDefaultAsync(p => p.Code == ctx.GetArgument<string>("code"), ctx.CancellationToken));
        query.Field<VillageType>("village")
            .Description("One desa/kelurahan by its Kemendagri code, or null.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "Kemendagri code, e.g. `51.01.01.2001`.")
            .ResolveAsync(async ctx => await Db(ctx).Villages.FirstOrDefaultAsync(p => p.Code == ctx.GetArgument<string>("code"), ctx.CancellationToken));
    }

    private static KampungKbDbContext Db(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<KampungKbDbContext>();
}
