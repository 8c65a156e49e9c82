using KampungKB.Graph.Data;
using KampungKB.Graph.Querying.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace KampungKB.Graph.Server.Tests.Http;

/// <summary><c>GraphQL-Diagnostics: sql</c> answers only when asked and only where <c>Diagnostics:Enabled</c>.</summary>
public sealed class SqlDiagnosticsTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private static readonly Dictionary<string, string> Asked = new() { ["GraphQL-Diagnostics"] = "sql" };

    [Fact(DisplayName = "With the header the response lists the request's SQL statements and their time")]
    public async Task Header_adds_statements()
    {
        var body = await hub.CreateClient().GraphQLAsync("""{ regency(code: "51.01") { name } }""", headers: Asked);

        var diagnostics = body["extensions"]!["diagnostics"]!;
        Assert.Equal(1, (int)diagnostics["sqlStatements"]!);
        Assert.True((double)diagnostics["sqlMilliseconds"]! >= 0);
        Assert.Contains("FROM \"Regencies\"", (string)diagnostics["statements"]![0]!["sql"]!);
    }

    [Fact(DisplayName = "Without the header a response carries no diagnostics")]
    public async Task No_diagnostics_unless_asked()
    {
        var body = await hub.CreateClient().GraphQLAsync("{ indonesiaStats { kampungKbCount } }");

        Assert.Null(body["extensions"]);
    }

    [Fact(DisplayName = "Where Diagnostics:Enabled is false (the default outside Development) the header is ignored")]
    public async Task Disabled_ignores_the_header()
    {
        using var client = hub.WithWebHostBuilder(b => b.UseSetting("Diagnostics:Enabled", "false")).CreateClient();

        var body = await client.GraphQLAsync("{ indonesiaStats { kampungKbCount } }", headers: Asked);

        Assert.Null(body["extensions"]);
        Assert.Equal(646, (int)body["data"]!["indonesiaStats"]!["kampungKbCount"]!);
    }

    [Fact(DisplayName = "Where disabled, EF Core runs without the SQL-capturing interceptor (which costs every command), and with it where enabled")]
    public void Interceptor_only_where_enabled()
    {
        using var disabled = hub.WithWebHostBuilder(b => b.UseSetting("Diagnostics:Enabled", "false"));

        Assert.DoesNotContain(SqlCaptureInterceptor.Instance, InterceptorsOf(disabled.Services));
        Assert.Contains(SqlCaptureInterceptor.Instance, InterceptorsOf(hub.Services));
    }

    private static List<IInterceptor> InterceptorsOf(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<KampungKbDbContext>();
        return [.. db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors ?? []];
    }
}
