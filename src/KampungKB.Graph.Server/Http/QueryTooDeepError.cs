using GraphQL.Execution;

namespace KampungKB.Graph.Server.Http;

/// <summary>A document nested deeper than the parser allows; the client's mistake, so a <see cref="DocumentError"/> (400).</summary>
internal sealed class QueryTooDeepError : DocumentError
{
    public QueryTooDeepError(GraphQLParser.Location location)
        : base("The document is nested too deeply to parse. Flatten the query or use fragments.")
    {
        Code = ErrorCodes.QueryTooDeep;
        AddLocation(location);
    }
}
