using System.Linq.Expressions;
using GraphQL.Types;
using KampungKB.Graph.Querying.Filtering;
using KampungKB.Graph.Querying.Sorting;

namespace KampungKB.Graph.Querying;

/// <summary>Configures a list field declared with <see cref="QueryFieldExtensions"/>: its <c>where</c>, <c>order</c>, key and limits.</summary>
public sealed class QueryFieldBuilder<TNode>
{
    private readonly ListFieldDefinition<TNode> _definition;

    internal QueryFieldBuilder(FieldType fieldType, ListFieldDefinition<TNode> definition)
    {
        FieldType = fieldType;
        _definition = definition;
    }

    /// <summary>The GraphQL.NET field, for anything this builder does not cover.</summary>
    public FieldType FieldType { get; }

    /// <summary>Adds the <c>where: XFilterInput</c> argument.</summary>
    public QueryFieldBuilder<TNode> Filter<TFilterType>() where TFilterType : FilterInputType<TNode>
        => Argument("where", typeof(TFilterType), "Filters the rows; runs in the database.");

    /// <summary>Adds the <c>order: [XSortInput!]</c> argument; keys apply in list order and the unique key always ends the order.</summary>
    public QueryFieldBuilder<TNode> Sort<TSortType>() where TSortType : SortInputType<TNode>
        => Argument("order", typeof(ListGraphType<NonNullGraphType<TSortType>>), "Sorts the rows; the unique key breaks ties so paging is stable.");

    /// <summary>The unique key that completes every order; by default the EF Core primary key of the queried entity.</summary>
    public QueryFieldBuilder<TNode> Key(params Expression<Func<TNode, object?>>[] members)
    {
        _definition.UniqueKey = members.Select(m => new SortKey(Unbox(m), false, false)).ToList();
        return this;
    }

    /// <summary>Like <see cref="Key"/>, in descending order: the default order of a list read newest first (a log).</summary>
    public QueryFieldBuilder<TNode> DescendingKey(params Expression<Func<TNode, object?>>[] members)
    {
        _definition.UniqueKey = members.Select(m => new SortKey(Unbox(m), true, false)).ToList();
        return this;
    }

    /// <summary>Page size limits for this field only (otherwise the <see cref="QueryingOptions"/> from DI, or the defaults).</summary>
    public QueryFieldBuilder<TNode> Options(QueryingOptions options)
    {
        _definition.Options = options;
        return this;
    }

    /// <summary>Adds an argument of graph type <typeparamref name="TGraphType"/>, for the source delegate to read (e.g. <c>code</c> of a single-row field).</summary>
    public QueryFieldBuilder<TNode> Argument<TGraphType>(string name, string? description = null) where TGraphType : IGraphType
        => Argument(name, typeof(TGraphType), description);

    /// <summary>Sets the field description.</summary>
    public QueryFieldBuilder<TNode> Description(string description)
    {
        FieldType.Description = description;
        return this;
    }

    private QueryFieldBuilder<TNode> Argument(string name, Type type, string? description)
    {
        FieldType.Arguments ??= new QueryArguments();
        FieldType.Arguments.Add(new QueryArgument(type) { Name = name, Description = description });
        return this;
    }

    private static LambdaExpression Unbox(Expression<Func<TNode, object?>> member)
        => member.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert
            ? Expression.Lambda(convert.Operand, member.Parameters)
            : member;
}
