using GraphQL;
using KampungKB.Graph.Data;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Server.Types;

/// <summary>Row sources for list fields: the request's DbContext, read without change tracking.</summary>
internal static class HubData
{
    public static KampungKbDbContext Db(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<KampungKbDbContext>();

    public static Func<IResolveFieldContext, IQueryable<T>> Rows<T>(Func<KampungKbDbContext, DbSet<T>> set) where T : class =>
        context => set(context.Db()).AsNoTracking();
}
