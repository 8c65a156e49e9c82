using Microsoft.Extensions.FileProviders;

namespace KampungKB.Graph.Server.Hosting;

/// <summary>
/// The front-end files the build copies beside the hub (<c>clientapp/</c> in the output, from <c>ClientApp/</c>):
/// <c>ide/</c> holds Banana Cake Pop and <c>dashboard/</c> the reference dashboard.
/// </summary>
internal static class ClientAppFiles
{
    /// <summary>The output folder, beside the assembly so <c>dotnet run</c>, tests and publish find it alike.</summary>
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "clientapp");

    /// <summary>The files of one part, or none when the build had no npm to install them.</summary>
    public static IFileProvider Provider(string part) =>
        Directory.Exists(Path.Combine(Root, part)) ? new PhysicalFileProvider(Path.Combine(Root, part)) : new NullFileProvider();

    /// <summary>Serves the files of <paramref name="part"/> under <paramref name="requestPath"/>; HTML and service workers are revalidated.</summary>
    public static void UseClientAppFiles(this WebApplication app, string part, string requestPath) =>
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = requestPath,
            FileProvider = Provider(part),
            // A new build must reach browsers at once; hashed bundles may be cached.
            OnPrepareResponse = context =>
            {
                if (context.File.Name.EndsWith(".html", StringComparison.Ordinal) || context.File.Name == "service-worker.js" || context.File.Name.EndsWith(".json", StringComparison.Ordinal))
                    context.Context.Response.Headers.CacheControl = "no-cache";
            },
        });

    /// <summary>A file of <paramref name="part"/> as a response with <c>Cache-Control: no-cache</c>, or null when it is not installed.</summary>
    public static IResult? File(HttpContext http, string part, string path, string contentType)
    {
        var file = Provider(part).GetFileInfo(path);
        if (!file.Exists || file.PhysicalPath is null) return null;
        http.Response.Headers.CacheControl = "no-cache";
        return TypedResults.PhysicalFile(file.PhysicalPath, contentType);
    }
}
