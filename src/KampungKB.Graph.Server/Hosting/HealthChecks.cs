using KampungKB.Graph.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KampungKB.Graph.Server.Hosting;

/// <summary>
/// <c>/healthz</c>: the process is up. <c>/readyz</c>: the database answers and is migrated, and so is the read
/// replica when one is configured (a standby that has not replayed the latest migration yet is not ready).
/// </summary>
internal static class HealthChecks
{
    public static void AddHubHealthChecks(this WebApplicationBuilder builder) =>
        builder.Services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: ["ready"]);

    public static void MapHubHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
    }

    private sealed class DatabaseReadyCheck(KampungKbDbContext primary, ReadDatabase reads) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
        {
            var problem = await ProblemAsync(primary, "database", ct);
            if (problem is null && reads.IsReplica) problem = await ProblemAsync(reads.Db, "read replica", ct);
            return problem is null ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy(problem);
        }

        private static async Task<string?> ProblemAsync(KampungKbDbContext db, string name, CancellationToken ct)
        {
            if (!await db.Database.CanConnectAsync(ct)) return $"The {name} does not answer.";
            var pending = await db.Database.GetPendingMigrationsAsync(ct);
            return pending.Any() ? $"Migrations not applied on the {name}: {string.Join(", ", pending)}." : null;
        }
    }
}
