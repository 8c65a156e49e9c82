using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using KampungKB.Graph.Data;
using KampungKB.Graph.Data.Partners;
using KampungKB.Graph.Server.Http;
using KampungKB.Graph.Server.Http.Limits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace KampungKB.Graph.Server.Partners.Views;

/// <summary>
/// <c>GET /views/{name}?var=value</c> (and <c>HEAD</c>): runs a saved view as the caller (same key, scope, policy and rate limit as <c>/graphql</c>)
/// and answers GraphQL JSON, or CSV with <c>?format=csv</c> or <c>Accept: text/csv</c>.
/// </summary>
internal static class ViewEndpoint
{
    public static void MapViews(this IEndpointRouteBuilder app, string pattern)
    {
        app.MapGroup(pattern).AddEndpointFilter(GraphQLHttpEndpoint.AnswerUnexpectedErrors)
            .RequireAuthorization(HubAuth.CallerPolicy).RequireRateLimiting(GraphQLRateLimiting.Policy)
            .CacheOutput(ViewOutputCachePolicy.Name)
            .MapMethods("{name}", [HttpMethods.Get, HttpMethods.Head], GetAsync);
    }

    // Compiled once: a view run without the output cache looks its row up on every request.
    private static readonly Func<KampungKbDbContext, string, CancellationToken, Task<SavedDocument?>> ViewNamed =
        EF.CompileAsyncQuery((KampungKbDbContext db, string name, CancellationToken _) => db.SavedDocuments.AsNoTracking().FirstOrDefault(d => d.Name == name));

    private static async Task<IResult> GetAsync(string name, HttpContext http, KampungKbDbContext db, ISchema schema,
        IGraphQLSerializer serializer, IOptions<ViewOptions> options, ViewDocumentCache documents)
    {
        // HEAD answers GET's status and headers (type, length, ETag) and drops the body, whichever server runs the hub.
        if (HttpMethods.IsHead(http.Request.Method)) http.Response.Body = Stream.Null;
        var jsonType = MediaTypeNegotiation.Negotiate(http.Request.Headers.Accept) ?? MediaTypeNegotiation.Json;
        if (WantsCsv(http.Request) is not { } csv)
            return GraphQLResponse.For(new(StatusCodes.Status400BadRequest, ViewErrors.InvalidFormat,
                $"format must be csv or json, not '{http.Request.Query["format"]}'."), jsonType);

        var view = await ViewNamed(db, name, http.RequestAborted);
        if (view is null)
            return GraphQLResponse.For(new(StatusCodes.Status404NotFound, ViewErrors.ViewNotFound,
                $"There is no view named '{(name.Length > 64 ? name[..64] + "..." : name)}'. The `views` query lists them; an admin adds one with `kampungkb views add NAME FILE.graphql`."),
                jsonType);

        var (variables, error) = ViewVariables.FromQuery(name, documents.Variables(view.Body), http.Request.Query, schema, serializer);
        if (error is not null) return GraphQLResponse.For(error, jsonType);

        var result = await GraphQLHttpEndpoint.RunAsync(http, new GraphQLRequest { Query = view.Body, Variables = variables });
        if (result is null) return Results.Empty;
        using var json = new MemoryStream();
        await serializer.WriteAsync(json, result, http.RequestAborted);
        // A view is not a legacy GraphQL client: a request it cannot run (e.g. a bad variable) is 400 whatever the media type.
        var status = StatusCodeRule.For(result, MediaTypeNegotiation.GraphQLResponseJson);
        var maxAge = TimeSpan.FromSeconds(options.Value.MaxAgeSeconds);
        // With errors, the JSON says what went wrong; a CSV would only show empty cells.
        if (result.Errors is { Count: > 0 }) return new ViewResponse(json.ToArray(), jsonType + "; charset=utf-8", status, maxAge: null);
        if (csv)
        {
            using var parsed = JsonDocument.Parse(json.GetBuffer().AsMemory(0, (int)json.Length));
            return new ViewResponse(ViewCsv.Write(parsed.RootElement.TryGetProperty("data", out var data) ? data : default,
                () => ViewColumns.OfMainList(view.Body, schema)), ViewCsv.ContentType, status, maxAge);
        }
        return new ViewResponse(json.ToArray(), jsonType + "; charset=utf-8", status, maxAge);
    }

    // ?format= wins; else Accept naming text/csv at least as high as JSON. Null when format is neither csv nor json.
    private static bool? WantsCsv(HttpRequest request)
    {
        var format = request.Query["format"].ToString();
        if (format.Length > 0)
            return format.Equals("csv", StringComparison.OrdinalIgnoreCase) ? true
                : format.Equals("json", StringComparison.OrdinalIgnoreCase) ? false : null;
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var ranges)) return false;
        double Quality(params string[] types) =>
            ranges.Where(r => types.Any(t => r.MediaType.Equals(t, StringComparison.OrdinalIgnoreCase))).Select(r => r.Quality ?? 1.0).DefaultIfEmpty(0).Max();
        var csvQuality = Quality("text/csv");
        return csvQuality > 0 && csvQuality >= Quality(MediaTypeNegotiation.Json, MediaTypeNegotiation.GraphQLResponseJson);
    }
}
