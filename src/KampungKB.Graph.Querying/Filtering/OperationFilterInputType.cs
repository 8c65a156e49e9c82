using GraphQL.Types;

namespace KampungKB.Graph.Querying.Filtering;

/// <summary>What a family of operation inputs can do; picks the translation in <see cref="OperationTranslator"/>.</summary>
internal enum OperationFamily
{
    String,
    Comparable,
    Equatable,
    Enum,
}

/// <summary>Base of the HotChocolate-named operation inputs (<c>StringOperationFilterInput</c>, <c>IntOperationFilterInput</c>, ...).</summary>
public abstract class OperationFilterInputType : InputObjectGraphType
{
    private protected OperationFilterInputType(string name, OperationFamily family)
    {
        Name = name;
        Description = "Conditions on one value; every operator given must hold.";
        Family = family;
        // HotChocolate's operation inputs also combine themselves: name: { or: [{ startsWith: "a" }, { eq: "b" }] }.
        var self = new ListGraphType(new NonNullGraphType(this));
        AddField(new FieldType { Name = "and", ResolvedType = self, Description = "Every condition in the list holds." });
        AddField(new FieldType { Name = "or", ResolvedType = self, Description = "At least one condition in the list holds." });
    }

    internal OperationFamily Family { get; }

    /// <inheritdoc />
    public override object ParseDictionary(IDictionary<string, object?> value) => value;

    private protected void Operation(string name, Type graphType, string description)
        => Field(name, graphType).Description(description);

    private protected void EqualityOperations(Type scalar)
    {
        Operation("eq", scalar, "Equal to the value; null matches missing values.");
        Operation("neq", scalar, "Not equal to the value; null matches present values.");
    }

    private protected void SetOperations(Type scalar)
    {
        var list = typeof(ListGraphType<>).MakeGenericType(scalar);
        Operation("in", list, "One of the values; an empty list matches nothing.");
        Operation("nin", list, "None of the values; an empty list matches everything.");
    }

    private protected void RangeOperations(Type scalar)
    {
        Operation("gt", scalar, "Greater than the value.");
        Operation("ngt", scalar, "Not greater than the value (also matches missing values).");
        Operation("gte", scalar, "Greater than or equal to the value.");
        Operation("ngte", scalar, "Not greater than or equal to the value (also matches missing values).");
        Operation("lt", scalar, "Less than the value.");
        Operation("nlt", scalar, "Not less than the value (also matches missing values).");
        Operation("lte", scalar, "Less than or equal to the value.");
        Operation("nlte", scalar, "Not less than or equal to the value (also matches missing values).");
    }
}

/// <summary><c>StringOperationFilterInput</c>: ordinal (case-sensitive) string operators plus case-insensitive <c>icontains</c>.</summary>
public sealed class StringOperationFilterInputType : OperationFilterInputType
{
    /// <summary>Declares the HotChocolate string operators.</summary>
    public StringOperationFilterInputType() : base("StringOperationFilterInput", OperationFamily.String)
    {
        Description = "Filters a string. All operators compare ordinally (case-sensitive) except icontains.";
        EqualityOperations(typeof(StringGraphType));
        Operation("contains", typeof(StringGraphType), "Contains the value (case-sensitive).");
        Operation("ncontains", typeof(StringGraphType), "Does not contain the value (case-sensitive).");
        Operation("icontains", typeof(StringGraphType), "Contains the value ignoring case (ASCII letters on SQLite, all letters on PostgreSQL). Cannot use an index.");
        SetOperations(typeof(StringGraphType));
        Operation("startsWith", typeof(StringGraphType), "Starts with the value (case-sensitive, uses an index).");
        Operation("nstartsWith", typeof(StringGraphType), "Does not start with the value (case-sensitive).");
        Operation("endsWith", typeof(StringGraphType), "Ends with the value (case-sensitive).");
        Operation("nendsWith", typeof(StringGraphType), "Does not end with the value (case-sensitive).");
    }
}

/// <summary><c>BooleanOperationFilterInput</c>: <c>eq</c>, <c>neq</c>.</summary>
public sealed class BooleanOperationFilterInputType : OperationFilterInputType
{
    /// <summary>Declares <c>eq</c> and <c>neq</c>.</summary>
    public BooleanOperationFilterInputType() : base("BooleanOperationFilterInput", OperationFamily.Equatable)
        => EqualityOperations(typeof(BooleanGraphType));
}

/// <summary>Operation input for an ordered scalar: <c>eq neq in nin gt ngt gte ngte lt nlt lte nlte</c>.</summary>
public abstract class ComparableOperationFilterInputType : OperationFilterInputType
{
    /// <summary>Declares the comparable operators over <paramref name="scalar"/>.</summary>
    protected ComparableOperationFilterInputType(string name, Type scalar) : base(name, OperationFamily.Comparable)
    {
        EqualityOperations(scalar);
        SetOperations(scalar);
        RangeOperations(scalar);
    }
}

/// <summary><c>IntOperationFilterInput</c>.</summary>
public sealed class IntOperationFilterInputType() : ComparableOperationFilterInputType("IntOperationFilterInput", typeof(IntGraphType));

/// <summary><c>LongOperationFilterInput</c>.</summary>
public sealed class LongOperationFilterInputType() : ComparableOperationFilterInputType("LongOperationFilterInput", typeof(LongGraphType));

/// <summary><c>FloatOperationFilterInput</c>.</summary>
public sealed class FloatOperationFilterInputType() : ComparableOperationFilterInputType("FloatOperationFilterInput", typeof(FloatGraphType));

/// <summary><c>DecimalOperationFilterInput</c>. Note SQLite stores decimals as text; prefer double columns there.</summary>
public sealed class DecimalOperationFilterInputType() : ComparableOperationFilterInputType("DecimalOperationFilterInput", typeof(DecimalGraphType));

/// <summary><c>DateOperationFilterInput</c> over <see cref="DateOnly"/>.</summary>
public sealed class DateOperationFilterInputType() : ComparableOperationFilterInputType("DateOperationFilterInput", typeof(DateOnlyGraphType));

/// <summary><c>DateTimeOperationFilterInput</c> over <see cref="DateTime"/>.</summary>
public sealed class DateTimeOperationFilterInputType() : ComparableOperationFilterInputType("DateTimeOperationFilterInput", typeof(DateTimeGraphType));

/// <summary><c>&lt;Enum&gt;OperationFilterInput</c> (<c>eq neq in nin</c>) for the enum graph type <typeparamref name="TEnumGraphType"/>.</summary>
public sealed class EnumOperationFilterInputType<TEnumGraphType> : OperationFilterInputType
    where TEnumGraphType : EnumerationGraphType, new()
{
    /// <summary>Names the input after the enum graph type, as HotChocolate does.</summary>
    public EnumOperationFilterInputType() : base(new TEnumGraphType().Name + "OperationFilterInput", OperationFamily.Enum)
    {
        EqualityOperations(typeof(TEnumGraphType));
        SetOperations(typeof(TEnumGraphType));
    }
}
