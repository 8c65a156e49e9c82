using KampungKB.Graph.Server.Hosting;

namespace KampungKB.Graph.Server.Cli;

/// <summary>The hub's services without its web server, for verbs; configured like the server (appsettings, environment).</summary>
internal static class VerbHost
{
    public static WebApplication Build(string? connectionString = null)
    {
        var builder = WebApplication.CreateBuilder();
        if (connectionString is not null) builder.Configuration["ConnectionStrings:KampungKb"] = connectionString;
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // Logs go to stderr: stdout carries what scripts capture (a key's secret, a documentId).
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.AddHubDatabase();
        builder.AddHubGraphQL();
        return builder.Build();
    }
}
