using KampungKB.Graph.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KampungKB.Graph.Server.Hosting;

/// <summary><c>/healthz</c>: the process is up. <c>/readyz</c>: the database answers and is migrated.</summary>
internal static class HealthChecks
{
    public static void AddHubHealthChecks(this WebApplicationBuilder builder) =>
        builder.Services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: ["ready"]);

    public static void MapHubHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
    }

    private sealed class DatabaseReadyCheck(KampungKbDbContext db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
        {
            if (!await db.Database.CanConnectAsync(ct))
                return HealthCheckResult.Unhealthy("The database does not answer.");
            var pending = await db.Database.GetPendingMigrationsAsync(ct);
            return pending.Any()
                ? HealthCheckResult.Unhealthy($"Migrations not applied: {string.Join(", ", pending)}.")
                : HealthCheckResult.Healthy();
        }
    }
}
