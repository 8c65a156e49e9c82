using KampungKB.Graph.Data.Kampung;
using KampungKB.Graph.Server.Mutations;
using KampungKB.Graph.Server.Partners;
using Microsoft.EntityFrameworkCore;
using Entity = KampungKB.Graph.Data.Kampung.KampungKb;

namespace KampungKB.Graph.Server.KampungKb;

/// <summary>Steps the Kampung KB mutations share: find the target within the caller's region, keep the class computed.</summary>
internal static class KampungKbWrites
{
    public const string EntityType = "KampungKb";

    /// <summary>The Kampung KB named by the input field <paramref name="field"/>, looked up through the region-scoped context;
    /// null with a <see cref="NotFoundError"/> when it does not exist or lies outside the caller's region (told apart by no one).</summary>
    public static async Task<Entity?> FindAsync(MutationContext m, string field, InputReader? input = null)
    {
        input ??= m.Input;
        if (input.KampungKbId(field) is not { } id) return null;
        var found = await m.Db.KampungKbs.AsNoTracking().FirstOrDefaultAsync(k => k.Id == id, m.Cancellation);
        if (found is null) input.NotFound(field, $"There is no Kampung KB {id}{m.ScopeNote}. Look it up with `kampungKbs` and pass its `id`.");
        return found;
    }

    /// <summary>
    /// Saves what is pending, recomputes the Kampung KB's class and Rumah DataKu flag from what is now stored (the rule is
    /// never typed in), and audits its row from <paramref name="before"/> (null: just created) to now. Returns the row as stored.
    /// </summary>
    public static async Task<Entity> SaveAndClassifyAsync(MutationContext m, int id, string? before)
    {
        await m.Db.SaveChangesAsync(m.Cancellation);
        await KampungKbClassifier.RefreshAsync(m.Db, [id], m.Cancellation);
        var after = await m.Db.KampungKbs.AsNoTracking().FirstAsync(k => k.Id == id, m.Cancellation);
        m.Audit(EntityType, Key(id), before, AuditTrail.Snapshot(m.Db, after));
        return after;
    }

    public static string Key(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Latitude and longitude within Indonesia, both or neither (the importer's rule).</summary>
    public static void CheckCoordinates(InputReader input, double? latitude, double? longitude)
    {
        if (latitude.HasValue != longitude.HasValue)
            input.Fail(latitude.HasValue ? "longitude" : "latitude", "Give both latitude and longitude, or neither.");
    }

    public const double MinLatitude = -11, MaxLatitude = 6, MinLongitude = 94, MaxLongitude = 142;
}
