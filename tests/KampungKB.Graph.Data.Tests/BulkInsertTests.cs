using KampungKB.Graph.Data.Kampung;
using KampungKB.Graph.Data.Regions;
using KampungKB.Graph.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Data.Tests;

/// <summary>
/// <see cref="BulkInsert"/> on the suite's provider: prepared INSERTs on SQLite, a binary COPY on PostgreSQL. Both must
/// write what the model maps and, inside the caller's transaction, nothing when a row fails.
/// </summary>
public sealed class BulkInsertTests
{
    [Fact(DisplayName = "A bulk insert writes every column as the model maps it (nulls, enums, flags, dates, doubles, text), read back equal")]
    public async Task Rows_read_back_as_written()
    {
        using var database = await TempDatabase.MigratedAsync();
        await using var db = database.CreateContext();
        KampungKb[] kampungs =
        [
            new() { Id = 7, Name = "Kampung KB \"Mawar\", Dusun Ünggul", VillageCode = "51.01.01.2001", DeclaredOn = new(2019, 2, 20),
                Classification = Classification.Berkelanjutan, Coverage = "RW 01; RW 02", Latitude = -8.6501, Longitude = 115.2163,
                HasRumahDataKu = true, IsRegencyModel = true },
            new() { Id = 9, Name = "Kampung KB Melati", VillageCode = "51.01.01.2001", DeclaredOn = new(2024, 12, 31),
                Classification = Classification.Dasar, IsActive = false },
        ];
        var strong = Profiles.Strong();
        (strong.KampungKbId, strong.PlkbName) = (7, "Ni Luh");
        var weak = Profiles.With();
        weak.KampungKbId = 9;
        ProfileSnapshot[] profiles = [strong, weak];

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await InsertRegionsAsync(db);
            Assert.Equal(2, await BulkInsert.RowsAsync(db, kampungs, default, withGeneratedKeys: true));
            Assert.Equal(2, await BulkInsert.RowsAsync(db, profiles, default));
            await transaction.CommitAsync();
        }

        var read = await db.KampungKbs.AsNoTracking().OrderBy(k => k.Id).ToListAsync();
        Assert.Equal(kampungs.Select(Columns), read.Select(Columns));
        var readProfiles = await db.ProfileSnapshots.AsNoTracking().OrderBy(p => p.KampungKbId).ToListAsync();
        Assert.Equal(profiles.Select(Columns), readProfiles.Select(Columns));
        Assert.Equal(Classification.Berkelanjutan, read[0].Classification);
    }

    [Fact(DisplayName = "Bulk inserts go in the caller's transaction: rolled back after one fails on a row, nothing is left, and the context serves on")]
    public async Task A_failing_row_writes_nothing()
    {
        using var database = await TempDatabase.MigratedAsync();
        await using var db = database.CreateContext();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await InsertRegionsAsync(db);
            await transaction.CommitAsync();
        }
        static IEnumerable<KampungKb> Rows(params int[] ids) => ids.Select(id => new KampungKb
        {
            Id = id, Name = $"Kampung KB {id}", VillageCode = "51.01.01.2001", DeclaredOn = new(2020, 1, 1),
        });

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            // A load that succeeds, then one whose third row repeats its first one's key: both go with the transaction.
            Assert.Equal(1, await BulkInsert.RowsAsync(db, Rows(5), default, withGeneratedKeys: true));
            await Assert.ThrowsAnyAsync<Exception>(() => BulkInsert.RowsAsync(db, Rows(1, 2, 1), default, withGeneratedKeys: true));
            await transaction.RollbackAsync();
        }

        Assert.Equal(0, await db.KampungKbs.CountAsync());
        Assert.Equal(1, await db.Villages.CountAsync());
    }

    private static async Task InsertRegionsAsync(KampungKbDbContext db)
    {
        await BulkInsert.RowsAsync(db, [new Province { Code = "51", Name = "BALI" }], default);
        await BulkInsert.RowsAsync(db, [new Regency { Code = "51.01", Name = "KAB. JEMBRANA", Kind = RegencyKind.Kabupaten, ProvinceCode = "51" }], default);
        await BulkInsert.RowsAsync(db, [new District { Code = "51.01.01", Name = "Negara", RegencyCode = "51.01" }], default);
        await BulkInsert.RowsAsync(db, [new Village { Code = "51.01.01.2001", Name = "Cupel", Kind = VillageKind.Desa, DistrictCode = "51.01.01" }], default);
    }

    private static object Columns(KampungKb k) => (k.Id, k.Name, k.VillageCode, k.DeclaredOn, k.Coverage, k.Latitude, k.Longitude,
        k.IsActive, k.IsRegencyModel, k.IsProvinceModel, k.HasRumahDataKu, k.Classification);

    private static object Columns(ProfileSnapshot p) => (p.KampungKbId, p.Period, p.PokjaFormed, p.PokjaHasSk, p.PokjaMembers,
        p.PokjaMembersTrained, p.HasPlkb, p.PlkbName, p.PlkbContact, p.Regulations, p.HasRkm, p.Funding, p.Poktan,
        p.HasSekretariat, p.HasRumahDataKu, p.DataSources, p.Mechanisms);
}
