using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Types;
using KampungKB.Graph.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace KampungKB.Graph.Server.Types;

/// <summary>Singular root fields such as <c>regency(code: "51.01")</c> for entities keyed by a <c>Code</c>.</summary>
internal static class ByCodeField
{
    public static void ByCode<TGraphType, T>(this ObjectGraphType query, string name, string description, string example)
        where TGraphType : IGraphType where T : class =>
        query.Field<TGraphType>(name)
            .Description(description)
            .Argument<NonNullGraphType<StringGraphType>>("code", $"The code, e.g. {example}.")
            .ResolveAsync(async ctx => await WithCode<T>.Find(ctx.Db(), ctx.GetArgument<string>("code"), ctx.CancellationToken));

    // Compiled once per entity and model (a read replica's context has a model of its own): a lookup's SQL takes
    // microseconds, EF Core's LINQ pipeline around it a tenth of a millisecond.
    private static class WithCode<T> where T : class
    {
        private static readonly ConditionalWeakTable<IModel, Func<KampungKbDbContext, string, CancellationToken, Task<T?>>> Compiled = new();

        public static Task<T?> Find(KampungKbDbContext db, string code, CancellationToken cancellationToken) =>
            Compiled.GetValue(db.Model, static _ => EF.CompileAsyncQuery((KampungKbDbContext db, string code, CancellationToken _) =>
                db.Set<T>().AsNoTracking().FirstOrDefault(x => EF.Property<string>(x, "Code") == code)))(db, code, cancellationToken);
    }
}
