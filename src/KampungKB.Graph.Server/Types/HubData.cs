using GraphQL;
using GraphQLParser.AST;
using KampungKB.Graph.Data;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Server.Types;

/// <summary>Row sources for list fields: the request's DbContext, read without change tracking.</summary>
internal static class HubData
{
    /// <summary>
    /// The context a resolver reads through: a query's reads go to the read replica when one is configured; a
    /// mutation's go to the primary, so its payload shows what it wrote.
    /// </summary>
    public static KampungKbDbContext Db(this IResolveFieldContext context) =>
        context.Operation.Operation == OperationType.Query
            ? context.RequestServices!.GetRequiredService<ReadDatabase>().Db
            : context.RequestServices!.GetRequiredService<KampungKbDbContext>();

    /// <summary>A table's rows as the caller may read them (<see cref="KampungKbDbContext.Readable{T}"/>).</summary>
    public static Func<IResolveFieldContext, IQueryable<T>> Rows<T>(Func<KampungKbDbContext, DbSet<T>> set) where T : class =>
        context =>
        {
            var db = context.Db();
            return db.Readable(set(db));
        };
}
