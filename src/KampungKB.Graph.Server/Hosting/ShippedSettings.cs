using Microsoft.Extensions.Configuration.Json;

namespace KampungKB.Graph.Server.Hosting;

/// <summary>
/// The <c>appsettings.json</c> files built beside <c>kampungkb.dll</c>, read wherever the hub starts. ASP.NET Core reads
/// them from the working directory, and <c>dotnet run</c> starts in the repository root: there the log levels they set
/// were missing, and every EF Core statement was logged at Information.
/// </summary>
internal static class ShippedSettings
{
    public static void AddShippedSettings(this WebApplicationBuilder builder)
    {
        var shipped = AppContext.BaseDirectory;
        if (Normal(builder.Environment.ContentRootPath) == Normal(shipped)) return;
        // Lowest first, below anything the content root, the environment or the command line says.
        string[] files = ["appsettings.json", $"appsettings.{builder.Environment.EnvironmentName}.json"];
        for (var i = 0; i < files.Length; i++)
        {
            var path = Path.Combine(shipped, files[i]);
            if (!File.Exists(path)) continue;
            var source = new JsonConfigurationSource { Path = path, Optional = true };
            // An absolute path needs a file provider of its own folder, not the content root's.
            source.ResolveFileProvider();
            builder.Configuration.Sources.Insert(i, source);
        }
    }

    private static string Normal(string folder) => Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
}
