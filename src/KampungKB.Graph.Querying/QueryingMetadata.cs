namespace KampungKB.Graph.Querying;

// Keys under which the engine stores its knowledge on GraphQL.NET field metadata.
internal static class QueryingMetadata
{
    public const string Member = "KampungKB.Querying.Member";
    public const string Requires = "KampungKB.Querying.Requires";
    public const string Query = "KampungKB.Querying.Query";
    public const string JoinedReference = "KampungKB.Querying.JoinedReference";
    // GraphQL.NET stores the property name of Field(x => x.Name) here.
    public const string ExpressionProperty = "ORIGINAL_EXPRESSION_PROPERTY_NAME";
}
