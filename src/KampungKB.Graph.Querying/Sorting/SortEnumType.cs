using GraphQL.Types;

namespace KampungKB.Graph.Querying.Sorting;

/// <summary>Sort direction of one key.</summary>
public enum SortDirection
{
    /// <summary>Ascending; missing values first.</summary>
    Asc,

    /// <summary>Descending; missing values last.</summary>
    Desc,
}

/// <summary>HotChocolate's <c>SortEnumType { ASC DESC }</c>.</summary>
public sealed class SortEnumType : EnumerationGraphType
{
    /// <summary>Declares <c>ASC</c> and <c>DESC</c>.</summary>
    public SortEnumType()
    {
        Name = "SortEnumType";
        Add("ASC", SortDirection.Asc, "Ascending; missing values first.");
        Add("DESC", SortDirection.Desc, "Descending; missing values last.");
    }
}
