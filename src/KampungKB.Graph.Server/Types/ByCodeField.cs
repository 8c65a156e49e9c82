using GraphQL;
using GraphQL.Types;
using KampungKB.Graph.Data;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Server.Types;

/// <summary>Singular root fields such as <c>regency(code: "51.01")</c> for entities keyed by a <c>Code</c>.</summary>
internal static class ByCodeField
{
    public static void ByCode<TGraphType, T>(this ObjectGraphType query, string name, string description, string example,
        Func<KampungKbDbContext, DbSet<T>> set) where TGraphType : IGraphType where T : class =>
        query.Field<TGraphType>(name)
            .Description(description)
            .Argument<NonNullGraphType<StringGraphType>>("code", $"The code, e.g. {example}.")
            .ResolveAsync(async ctx =>
            {
                var code = ctx.GetArgument<string>("code");
                return await set(ctx.Db()).AsNoTracking().FirstOrDefaultAsync(x => EF.Property<string>(x, "Code") == code, ctx.CancellationToken);
            });
}
