using KampungKB.Graph.Server.Hosting;

namespace KampungKB.Graph.Server.Dashboard;

/// <summary>The reference dashboard: static files that speak only GraphQL to <c>/graphql</c>, as a partner's front end would.</summary>
internal static class DashboardPage
{
    private const string Part = "dashboard";

    public static void MapDashboard(this WebApplication app, string path)
    {
        app.UseClientAppFiles(Part, path);
        // Its own route so `/dashboard` works without the slash; the page links its files by absolute path.
        app.MapGet(path, (HttpContext http) =>
            ClientAppFiles.File(http, Part, "index.html", "text/html; charset=utf-8") ?? TypedResults.NotFound());
    }
}
