using KampungKB.Graph.Data.Kampung;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Data.Demo;

/// <summary>
/// Seeds the Bali demo (Aug 2025 figures: 716 villages, 646 Kampung KB, 461 Rumah DataKu) into an empty,
/// migrated database, deterministically, in one transaction; classes are then computed by <see cref="KampungKbClassifier"/>.
/// </summary>
public static class BaliDemoSeeder
{
    /// <summary>Seeds the demo. Throws when the database already holds data.</summary>
    /// <returns>What was written, for the CLI to print.</returns>
    public static async Task<DemoSeedSummary> SeedAsync(KampungKbDbContext db, CancellationToken ct = default)
    {
        if (!await DatabaseSetup.IsEmptyAsync(db, ct))
        {
            throw new InvalidOperationException("The Bali demo seeds only into an empty database.");
        }
        var dataset = DemoDataset.Build();
        var detectChanges = db.ChangeTracker.AutoDetectChangesEnabled;
        // Nothing is modified after Add, so scanning for changes would only cost time.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            db.Add(dataset.Province);
            db.AddRange(dataset.Agencies);
            db.AddRange(dataset.Programs);
            db.AddRange(dataset.Indicators);
            await SaveAndClearAsync(db, ct);
            db.AddRange(dataset.KampungKbs.Select(k => k.KampungKb));
            await SaveAndClearAsync(db, ct);
            // The tens of thousands of rows below go through one prepared INSERT each, not the change tracker.
            foreach (var kampungKb in dataset.KampungKbs)
            {
                kampungKb.AssignKampungKbId();
            }
            await BulkInsert.RowsAsync(db, dataset.KampungKbs.SelectMany(k => k.Profiles), ct);
            await BulkInsert.RowsAsync(db, dataset.KampungKbs.SelectMany(k => k.Reports), ct);
            await BulkInsert.RowsAsync(db, dataset.KampungKbs.SelectMany(k => k.Participations), ct);
            await BulkInsert.RowsAsync(db, dataset.KampungKbs.SelectMany(k => k.Observations), ct);
            await KampungKbClassifier.RefreshAsync(db, null, ct);
            await PlannerStatistics.CommitAndRefreshAsync(db, ownTransaction, ct);
            return new DemoSeedSummary(
                dataset.Province.Regencies.Sum(r => r.Districts.Sum(d => d.Villages.Count)),
                dataset.KampungKbs.Count,
                dataset.KampungKbs.Sum(k => k.Profiles.Count + k.Reports.Count + k.Participations.Count),
                dataset.KampungKbs.Sum(k => k.Observations.Count));
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
            db.ChangeTracker.AutoDetectChangesEnabled = detectChanges;
            // After a failure nothing half-added should linger in the caller's context.
            db.ChangeTracker.Clear();
        }
    }

    private static async Task SaveAndClearAsync(KampungKbDbContext db, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}

/// <summary>Row counts of one demo seeding.</summary>
/// <param name="Villages">Desa and kelurahan.</param>
/// <param name="KampungKbs">Kampung KB.</param>
/// <param name="KampungKbRows">Profile snapshots, monthly reports and programme participations.</param>
/// <param name="Observations">Indicator observations.</param>
public sealed record DemoSeedSummary(int Villages, int KampungKbs, int KampungKbRows, int Observations);
