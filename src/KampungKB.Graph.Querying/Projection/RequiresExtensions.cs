using System.Linq.Expressions;
using GraphQL.Builders;
using GraphQL.Types;

namespace KampungKB.Graph.Querying.Projection;

/// <summary>Declares which entity members a computed field reads, so projection still loads them.</summary>
public static class RequiresExtensions
{
    /// <summary>The field's resolver reads <paramref name="members"/> of the source entity (e.g. <c>.Requires(x => x.Lat, x => x.Lng)</c>).</summary>
    public static FieldBuilder<TSource, TReturn> Requires<TSource, TReturn>(this FieldBuilder<TSource, TReturn> builder,
        params Expression<Func<TSource, object?>>[] members)
    {
        builder.FieldType.Requires(members);
        return builder;
    }

    /// <summary>The field's resolver reads <paramref name="members"/> of the source entity.</summary>
    public static FieldType Requires<TSource>(this FieldType field, params Expression<Func<TSource, object?>>[] members)
    {
        AddRequired(field, members.Select(m => MemberPath.From(m)));
        return field;
    }

    internal static void AddRequired(FieldType field, IEnumerable<MemberPath> paths)
    {
        var existing = field.Metadata.TryGetValue(QueryingMetadata.Requires, out var value) ? (IReadOnlyList<MemberPath>)value! : [];
        field.Metadata[QueryingMetadata.Requires] = existing.Concat(paths).ToList();
    }
}
