using KampungKB.Graph.Data.Partners;
using KampungKB.Graph.Server.Tests.Partners;
using Microsoft.EntityFrameworkCore;
using static KampungKB.Graph.Server.Tests.Mutations.MutationDocuments;

namespace KampungKB.Graph.Server.Tests.Mutations;

/// <summary>
/// One transaction per mutation: a database trigger refuses audit entries of one key, so its mutations fail at their last
/// write, after the row and the class refresh were written. Everything must roll back.
/// </summary>
public sealed class MutationAtomicityTests(HubFactory hub) : IClassFixture<HubFactory>
{
    // Also written literally in the trigger's SQL.
    private const string FailingActor = "audit-refused";

    [Fact(DisplayName = "A failure after the first write (the audit insert refused by the database) rolls the whole mutation back: INTERNAL_ERROR, nothing written")]
    public async Task Failure_after_first_write_rolls_back()
    {
        await RefuseAuditEntriesOfFailingActorAsync();
        var failing = hub.CreateClient();
        failing.DefaultRequestHeaders.Authorization = new("Bearer", await hub.CreateKeyAsync(HubRole.Editor, name: FailingActor));
        var target = await hub.KampungKbOfAsync("51.01");
        var before = await hub.WrittenRowsAsync();

        var create = await failing.MutateAsync("createKampungKb", NewKampungKb(await hub.VillageOfAsync("51.01"), "Kampung KB Gagal"), expectSuccess: false);
        var profile = await failing.MutateAsync("submitProfileSnapshot", StrongProfile(Id(target.Id), "2025-11"), expectSuccess: false);
        var update = await failing.MutateAsync("updateKampungKb", new { id = Id(target.Id), name = "Nama Gagal" }, expectSuccess: false);

        foreach (var (body, field) in new[] { (create, "createKampungKb"), (profile, "submitProfileSnapshot"), (update, "updateKampungKb") })
        {
            Assert.Null(body["data"]![field]);
            Assert.Equal("INTERNAL_ERROR", (string)body["errors"]![0]!["extensions"]!["code"]!);
            Assert.DoesNotContain("forced", body.ToJsonString());
        }
        Assert.Equal(before, await hub.WrittenRowsAsync());
        await using var db = hub.OpenDatabase();
        Assert.False(await db.KampungKbs.AnyAsync(k => k.Name == "Kampung KB Gagal"));
        Assert.Equivalent(target, await hub.KampungKbOfAsync("51.01"));

        // Another key's mutation still goes through: the hub and its pooled contexts are fine afterwards.
        var editor = await hub.ClientWithKeyAsync(HubRole.Editor);
        await editor.SucceedAsync("createKampungKb", NewKampungKb(await hub.VillageOfAsync("51.01"), "Kampung KB Berhasil"));
    }

    // A trigger on each provider, limited to one actor so other tests of the class are unaffected.
    private async Task RefuseAuditEntriesOfFailingActorAsync()
    {
        _ = hub.Server;
        await using var db = hub.OpenDatabase();
        if (db.Database.ProviderName!.Contains("Npgsql", StringComparison.Ordinal))
        {
            await db.Database.ExecuteSqlRawAsync("""
                CREATE OR REPLACE FUNCTION refuse_audit() RETURNS trigger AS $$
                BEGIN
                  IF NEW."Actor" = 'audit-refused' THEN RAISE EXCEPTION 'forced failure'; END IF;
                  RETURN NEW;
                END $$ LANGUAGE plpgsql;
                DROP TRIGGER IF EXISTS refuse_audit ON "AuditLog";
                CREATE TRIGGER refuse_audit BEFORE INSERT ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION refuse_audit();
                """);
        }
        else
        {
            await db.Database.ExecuteSqlRawAsync("""
                CREATE TRIGGER IF NOT EXISTS refuse_audit BEFORE INSERT ON "AuditLog"
                WHEN NEW."Actor" = 'audit-refused'
                BEGIN SELECT RAISE(ABORT, 'forced failure'); END;
                """);
        }
    }
}
