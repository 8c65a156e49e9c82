using KampungKB.Graph.Data;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Server.Relay;

/// <summary>Fetches objects by global ID: one query per type named in a request, whatever the number of IDs.</summary>
internal static class NodeLoader
{
    private delegate Task<Dictionary<string, object>> Fetch(KampungKbDbContext db, string[] keys, CancellationToken ct);

    private static readonly Dictionary<string, Fetch> ByTypeName = new()
    {
        ["Province"] = async (db, keys, ct) => await db.Provinces.Where(x => keys.Contains(x.Code)).ToDictionaryAsync(x => x.Code, x => (object)x, ct),
        ["Regency"] = async (db, keys, ct) => await db.Regencies.Where(x => keys.Contains(x.Code)).ToDictionaryAsync(x => x.Code, x => (object)x, ct),
        ["District"] = async (db, keys, ct) => await db.Districts.Where(x => keys.Contains(x.Code)).ToDictionaryAsync(x => x.Code, x => (object)x, ct),
        ["Village"] = async (db, keys, ct) => await db.Villages.Where(x => keys.Contains(x.Code)).ToDictionaryAsync(x => x.Code, x => (object)x, ct),
        ["Agency"] = async (db, keys, ct) => await db.Agencies.Where(x => keys.Contains(x.Code)).ToDictionaryAsync(x => x.Code, x => (object)x, ct),
        ["Program"] = async (db, keys, ct) => await db.Programs.Where(x => keys.Contains(x.Code)).ToDictionaryAsync(x => x.Code, x => (object)x, ct),
        ["Indicator"] = async (db, keys, ct) => await db.Indicators.Where(x => keys.Contains(x.Code)).ToDictionaryAsync(x => x.Code, x => (object)x, ct),
        ["KampungKb"] = async (db, keys, ct) =>
        {
            var ids = keys.Select(k => int.TryParse(k, out var id) ? id : -1).ToArray();
            return await db.KampungKbs.Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), x => (object)x, ct);
        },
    };

    /// <summary>The objects for <paramref name="ids"/>, in order; null where none exists.</summary>
    /// <exception cref="InvalidIdError">An ID this hub did not issue.</exception>
    public static async Task<object?[]> LoadAsync(KampungKbDbContext db, IReadOnlyList<string> ids, CancellationToken ct)
    {
        var parsed = ids.Select(Parse).ToArray();
        var found = new Dictionary<(string Type, string Key), object>();
        foreach (var group in parsed.GroupBy(p => p.Type))
        {
            var rows = await ByTypeName[group.Key](db, group.Select(p => p.Key).Distinct().ToArray(), ct);
            foreach (var (key, row) in rows) found[(group.Key, key)] = row;
        }
        return parsed.Select(p => found.GetValueOrDefault(p)).ToArray();
    }

    private static (string Type, string Key) Parse(string id) =>
        GlobalId.TryDecode(id, out var type, out var key) && ByTypeName.ContainsKey(type)
            ? (type, key)
            : throw new InvalidIdError(id);
}
