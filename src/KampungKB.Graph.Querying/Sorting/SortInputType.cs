using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;

namespace KampungKB.Graph.Querying.Sorting;

/// <summary>
/// One element of <c>order: [XSortInput!]</c> for <typeparamref name="T"/>: declare sortable members with
/// <see cref="Field{TValue}"/> and references with <see cref="Object{TValue}"/> in a subclass constructor.
/// Strings sort ordinally; missing values sort first in <c>ASC</c>.
/// </summary>
public abstract class SortInputType<T> : InputObjectGraphType
{
    /// <summary>Names the input <c>&lt;Type&gt;SortInput</c>; override <see cref="GraphType.Name"/> in the subclass if needed.</summary>
    protected SortInputType() => Name = typeof(T).Name + "SortInput";

    /// <inheritdoc />
    public override object ParseDictionary(IDictionary<string, object?> value) => value;

    /// <summary>Sorts by a member (<c>name: ASC</c>).</summary>
    public FieldType Field<TValue>(Expression<Func<T, TValue>> member, string? name = null)
        => Declare(member, name, typeof(SortEnumType));

    /// <summary>Sorts by a member of a referenced object (<c>district: { name: ASC }</c>).</summary>
    public FieldType Object<TValue>(Expression<Func<T, TValue?>> navigation, Type sortType, string? name = null) where TValue : class
        => Declare(navigation, name, sortType);

    private FieldType Declare(LambdaExpression member, string? name, Type graphType)
    {
        var path = MemberPath.From(member);
        var field = new FieldType { Name = name ?? path.Members[^1].Name.ToCamelCase(), Type = graphType };
        field.Metadata[QueryingMetadata.Member] = path;
        return AddField(field);
    }
}
