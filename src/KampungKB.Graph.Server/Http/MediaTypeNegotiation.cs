using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace KampungKB.Graph.Server.Http;

/// <summary>Which media type a GraphQL response is written in, and which request bodies are read.</summary>
internal static class MediaTypeNegotiation
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The response media type the <c>Accept</c> header prefers, or null when it allows neither.
    /// A missing header means <c>application/json</c>, as the GraphQL-over-HTTP spec asks.
    /// </summary>
    public static string? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
            return Json;
        var (graphQLQuality, graphQLNamed) = Quality(ranges, "application", "graphql-response+json");
        var (jsonQuality, _) = Quality(ranges, "application", "json");
        if (graphQLQuality <= 0 && jsonQuality <= 0) return null;
        if (graphQLQuality != jsonQuality) return graphQLQuality > jsonQuality ? GraphQLResponseJson : Json;
        // Equal q: a client that names graphql-response+json knows it; one that only says */* or application/* gets the legacy type.
        return graphQLNamed ? GraphQLResponseJson : Json;
    }

    /// <summary>True when <c>Accept</c> names text/html, i.e. the request comes from a browser's address bar.</summary>
    public static bool NamesHtml(StringValues accept) =>
        MediaTypeHeaderValue.TryParseList(accept, out var ranges)
        && ranges.Any(range => range.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && range.Quality is not 0);

    /// <summary>True for a body we read: <c>application/json</c> in UTF-8 (the default when no charset is given).</summary>
    public static bool IsJsonBody(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var type) || !type.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
            return false;
        var charset = HeaderUtilities.RemoveQuotes(type.Charset);
        return charset.Length == 0 || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }

    // RFC 9110 12.5.1: the most specific matching range decides the quality.
    private static (double Quality, bool Exact) Quality(IList<MediaTypeHeaderValue> ranges, string type, string subtype)
    {
        var best = (Quality: 0.0, Specificity: -1);
        foreach (var range in ranges)
        {
            var specificity = Specificity(range, type, subtype);
            if (specificity > best.Specificity) best = (range.Quality ?? 1.0, specificity);
        }
        return (best.Quality, best.Specificity == 2);
    }

    // 2 for type/subtype, 1 for type/*, 0 for */*, -1 when the range does not match.
    private static int Specificity(MediaTypeHeaderValue range, string type, string subtype)
    {
        if (range.MatchesAllTypes) return 0;
        if (!range.Type.Equals(type, StringComparison.OrdinalIgnoreCase)) return -1;
        if (range.MatchesAllSubTypes) return 1;
        return range.SubType.Equals(subtype, StringComparison.OrdinalIgnoreCase) ? 2 : -1;
    }
}
