using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;

namespace KampungKB.Graph.Querying.Filtering;

/// <summary>
/// The <c>where</c> input for <typeparamref name="T"/> (HotChocolate's <c>XFilterInput</c>): <c>and</c>, <c>or</c>
/// and the fields declared in the constructor of a subclass with <see cref="Field{TValue}"/>, <see cref="Object{TValue}"/>
/// and <see cref="List{TItem}"/>.
/// </summary>
public abstract class FilterInputType<T> : InputObjectGraphType
{
    /// <summary>Adds <c>and</c> and <c>or</c>; set <see cref="GraphType.Name"/> to <c>&lt;Type&gt;FilterInput</c> in the subclass.</summary>
    protected FilterInputType()
    {
        Name = typeof(T).Name + "FilterInput";
        var self = new ListGraphType(new NonNullGraphType(this));
        AddField(new FieldType { Name = "and", ResolvedType = self, Description = "Every filter in the list matches (an empty list matches everything)." });
        AddField(new FieldType { Name = "or", ResolvedType = self, Description = "At least one filter in the list matches (an empty list matches nothing)." });
    }

    /// <inheritdoc />
    public override object ParseDictionary(IDictionary<string, object?> value) => value;

    /// <summary>
    /// Filters a scalar member with the operation input for its type: strings, numbers, booleans, <see cref="DateOnly"/>,
    /// <see cref="DateTime"/>. For an enum pass its GraphQL.NET enum graph type as <paramref name="graphType"/>; any
    /// <see cref="OperationFilterInputType"/> subclass is also accepted there.
    /// </summary>
    public FieldType Field<TValue>(Expression<Func<T, TValue>> member, Type? graphType = null, string? name = null)
    {
        var path = MemberPath.From(member);
        return Declare(name ?? CamelCase(path), OperationTypeFor(path.Type, graphType), path);
    }

    /// <summary>Filters through a reference to another object (<c>village: { district: { code: { eq: "51.01" } } }</c>); a missing reference matches no condition.</summary>
    public FieldType Object<TValue>(Expression<Func<T, TValue?>> navigation, Type filterType, string? name = null) where TValue : class
    {
        var path = MemberPath.From(navigation);
        return Declare(name ?? CamelCase(path), filterType, path);
    }

    /// <summary>Filters through a collection with <c>some all none any</c>; <paramref name="itemFilterType"/> filters one element.</summary>
    public FieldType List<TItem>(Expression<Func<T, IEnumerable<TItem>>> collection, Type itemFilterType, string? name = null)
    {
        var path = MemberPath.From(collection);
        return Declare(name ?? CamelCase(path), typeof(ListFilterInputType<>).MakeGenericType(itemFilterType), path);
    }

    private FieldType Declare(string name, Type graphType, MemberPath path)
    {
        var field = new FieldType { Name = name, Type = graphType };
        field.Metadata[QueryingMetadata.Member] = path;
        return AddField(field);
    }

    private static string CamelCase(MemberPath path) => path.Members[^1].Name.ToCamelCase();

    private static Type OperationTypeFor(Type memberType, Type? graphType)
    {
        if (graphType != null)
        {
            if (typeof(OperationFilterInputType).IsAssignableFrom(graphType)) return graphType;
            if (typeof(EnumerationGraphType).IsAssignableFrom(graphType)) return typeof(EnumOperationFilterInputType<>).MakeGenericType(graphType);
            throw new ArgumentException($"{graphType.Name} is neither an enum graph type nor an operation filter input.", nameof(graphType));
        }
        var type = Nullable.GetUnderlyingType(memberType) ?? memberType;
        if (type.IsEnum) return typeof(EnumOperationFilterInputType<>).MakeGenericType(typeof(EnumerationGraphType<>).MakeGenericType(type));
        return Type.GetTypeCode(type) switch
        {
            TypeCode.String => typeof(StringOperationFilterInputType),
            TypeCode.Boolean => typeof(BooleanOperationFilterInputType),
            TypeCode.Byte or TypeCode.SByte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 => typeof(IntOperationFilterInputType),
            TypeCode.Int64 or TypeCode.UInt32 => typeof(LongOperationFilterInputType),
            TypeCode.Double or TypeCode.Single => typeof(FloatOperationFilterInputType),
            TypeCode.Decimal => typeof(DecimalOperationFilterInputType),
            TypeCode.DateTime => typeof(DateTimeOperationFilterInputType),
            _ when type == typeof(DateOnly) => typeof(DateOperationFilterInputType),
            _ => throw new ArgumentException($"No operation filter input is known for {type.Name}; pass one as graphType."),
        };
    }
}
