using KampungKB.Graph.Server.Hosting;
using KampungKB.Graph.Server.Http;

namespace KampungKB.Graph.Server.Ide;

/// <summary>
/// Banana Cake Pop, ChilliCream's GraphQL IDE (npm <c>@chillicream/bananacakepop-graphql-ide</c>, ChilliCream License 1.0),
/// served by the hub itself at <c>{endpoint}/</c>: no CDN, nothing leaves the machine.
/// </summary>
internal static class BananaCakePop
{
    private const string Part = "ide";

    /// <summary>The IDE's configuration: use the page's own URL (minus the slash) as endpoint, and never phone home.</summary>
    public static readonly object Configuration = new
    {
        title = "KampungKB.Graph",
        useBrowserUrlAsEndpoint = true,
        // Without it the IDE posts usage data to ChilliCream's telemetry host.
        disableTelemetry = true,
        includeCookies = false,
        graphQLDocument = """
            # Bali's kab/kota and its Kampung KB. Run sends it; Schema Reference documents every field.
            query Bali {
              province(code: "51") {
                name
                regencies { code name }
              }
              kampungKbs(where: { villageCode: { startsWith: "51." } }) { totalCount }
            }
            """,
    };

    /// <summary>Maps the IDE's files, its <c>bcp-config.json</c> and its licence under <paramref name="endpoint"/>.</summary>
    public static void MapBananaCakePop(this WebApplication app, string endpoint)
    {
        app.UseClientAppFiles(Part, endpoint);
        string[] getOrHead = [HttpMethods.Get, HttpMethods.Head];
        app.MapMethods($"{endpoint}/bcp-config.json", getOrHead, (HttpContext http) =>
        {
            // The IDE's service worker serves the config stale-while-revalidate; no-cache keeps the revalidation honest.
            http.Response.Headers.CacheControl = "no-cache";
            return TypedResults.Json(Configuration);
        });
        // The licence travels with the served files (the file has no extension, so static files would not serve it).
        app.MapMethods($"{endpoint}/LICENSE", getOrHead, (HttpContext http) =>
            ClientAppFiles.File(http, Part, "LICENSE", "text/plain; charset=utf-8") ?? TypedResults.NotFound());
    }

    /// <summary>
    /// The answer to a browser at the GraphQL endpoint, or null for a GraphQL request: <c>{endpoint}/</c> (which the
    /// endpoint's route matches too) without a <c>query</c> gets the IDE; a GET or HEAD whose <c>Accept</c> names
    /// text/html is sent there.
    /// </summary>
    public static IResult? AnswerBrowser(HttpContext http)
    {
        var request = http.Request;
        if (request.Path.Value?.EndsWith('/') is true && !request.Query.ContainsKey("query"))
            return ClientAppFiles.File(http, Part, "index.html", "text/html; charset=utf-8") ?? NotInstalled();
        // Only an explicit text/html: curl and graphql-http send */*, and they mean GraphQL.
        if (!MediaTypeNegotiation.NamesHtml(request.Headers.Accept)) return null;
        http.Response.Headers.Vary = "Accept";
        return TypedResults.Redirect($"{request.PathBase}{request.Path}/{request.QueryString}");
    }

    private static IResult NotInstalled() => TypedResults.Content("""
        <!doctype html>
        <html lang="en"><meta charset="utf-8"><title>Banana Cake Pop is not installed</title>
        <body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; line-height: 1.5">
        <h1>Banana Cake Pop is not installed</h1>
        <p>This hub was built without <code>npm</code>, so it has no copy of the GraphQL IDE to serve.
        Install Node.js 20 or later (with npm) and build again: <code>dotnet build</code> runs <code>npm ci</code>
        in <code>src/KampungKB.Graph.Server/ClientApp</code> and copies the IDE beside the hub.</p>
        <p>The GraphQL endpoint works without it: POST queries to this URL without the trailing slash,
        or fetch the schema with <code>GET ?sdl</code>.</p>
        </body></html>
        """, "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
}
