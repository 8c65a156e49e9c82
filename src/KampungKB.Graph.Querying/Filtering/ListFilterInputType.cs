using GraphQL.Types;

namespace KampungKB.Graph.Querying.Filtering;

/// <summary><c>ListFilterInputTypeOf&lt;X&gt;FilterInput</c>: <c>some all none</c> take an element filter, <c>any</c> a boolean.</summary>
public sealed class ListFilterInputType<TFilterType> : InputObjectGraphType
    where TFilterType : IInputObjectGraphType, new()
{
    /// <summary>Declares the list operators over elements filtered by <typeparamref name="TFilterType"/>.</summary>
    public ListFilterInputType()
    {
        Name = "ListFilterInputTypeOf" + new TFilterType().Name;
        Description = "Conditions on a list through its elements.";
        Field("some", typeof(TFilterType)).Description("At least one element matches.");
        Field("all", typeof(TFilterType)).Description("Every element matches (true for an empty list).");
        Field("none", typeof(TFilterType)).Description("No element matches.");
        Field("any", typeof(BooleanGraphType)).Description("true: the list has elements; false: it is empty.");
    }

    /// <inheritdoc />
    public override object ParseDictionary(IDictionary<string, object?> value) => value;
}
