using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace KampungKB.Graph.Server.Tests.Partners;

/// <summary>
/// What lies outside a region scope (the codes and global IDs of every region and Kampung KB there, read unscoped), and
/// a check that a response mentions none of it.
/// </summary>
public sealed partial class OutsideScope
{
    private OutsideScope(string scope, HashSet<string> globalIds, HashSet<int> kampungKbIds, List<string> codes)
    {
        Scope = scope;
        GlobalIds = globalIds;
        KampungKbIds = kampungKbIds;
        Codes = codes;
    }

    public string Scope { get; }

    /// <summary>Global IDs of the regencies, districts, villages and Kampung KB outside the scope.</summary>
    public HashSet<string> GlobalIds { get; }

    /// <summary>Database numbers of the Kampung KB outside the scope.</summary>
    public HashSet<int> KampungKbIds { get; }

    /// <summary>Region codes outside the scope (ancestors of the scope excluded).</summary>
    public List<string> Codes { get; }

    /// <summary>Reads, with <paramref name="unscoped"/>, everything of Bali that is not inside <paramref name="scope"/> nor above it.</summary>
    public static async Task<OutsideScope> ReadAsync(HttpClient unscoped, string scope)
    {
        var data = await unscoped.DataAsync("""
            {
              regencies(first: 1000) { nodes { id code } }
              districts(first: 1000) { nodes { id code } }
              villages(first: 1000) { nodes { id code } }
              kampungKbs(first: 1000) { nodes { id villageCode } }
            }
            """);
        var ids = new HashSet<string>();
        var codes = new List<string>();
        foreach (var list in new[] { "regencies", "districts", "villages" })
            foreach (var row in data[list]!["nodes"]!.AsArray())
            {
                var code = (string)row!["code"]!;
                if (Inside(code, scope) || Above(code, scope)) continue;
                ids.Add((string)row["id"]!);
                codes.Add(code);
            }
        var kampungKbIds = new HashSet<int>();
        foreach (var row in data["kampungKbs"]!["nodes"]!.AsArray())
        {
            if (Inside((string)row!["villageCode"]!, scope)) continue;
            var id = (string)row["id"]!;
            ids.Add(id);
            kampungKbIds.Add(DatabaseNumber(id));
        }
        Assert.NotEmpty(codes);
        Assert.NotEmpty(kampungKbIds);
        return new OutsideScope(scope, ids, kampungKbIds, codes);
    }

    public static bool Inside(string code, string scope) => code == scope || code.StartsWith(scope + ".", StringComparison.Ordinal);

    public static bool Above(string code, string scope) => scope.StartsWith(code + ".", StringComparison.Ordinal);

    /// <summary>The database number inside a Kampung KB's global ID (<c>KampungKb:42</c>).</summary>
    public static int DatabaseNumber(string globalId)
    {
        var text = System.Text.Encoding.UTF8.GetString(Base64UrlDecode(globalId));
        return int.Parse(text[(text.IndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The global ID the hub gives a row: base64url of <c>Type:key</c>.</summary>
    public static string GlobalId(string type, string key) =>
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{type}:{key}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] Base64UrlDecode(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded + new string('=', (4 - padded.Length % 4) % 4));
    }

    /// <summary>
    /// Fails when <paramref name="response"/> holds a region code outside the scope (any string shaped like a Kemendagri
    /// code that is neither inside the scope nor one of its ancestors), a global ID of a row outside it, or a
    /// <c>kampungKbId</c> of a Kampung KB outside it.
    /// </summary>
    public void AssertNoneIn(JsonNode? response)
    {
        var leaks = new List<string>();
        Walk(response, "$", leaks);
        Assert.True(leaks.Count == 0, $"Rows outside {Scope} reached the response:\n{string.Join("\n", leaks.Take(20))}");
    }

    private void Walk(JsonNode? node, string path, List<string> leaks)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (name == "kampungKbId" && value is JsonValue number && number.TryGetValue<int>(out var id) && KampungKbIds.Contains(id))
                        leaks.Add($"{path}.{name} = {id}");
                    Walk(value, $"{path}.{name}", leaks);
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++) Walk(array[i], $"{path}[{i}]", leaks);
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                var text = (string)value!;
                if (GlobalIds.Contains(text)) leaks.Add($"{path} = {text} (a global ID outside the scope)");
                else if (RegionCode().IsMatch(text) && !Inside(text, Scope) && !Above(text, Scope)) leaks.Add($"{path} = {text}");
                break;
        }
    }

    [GeneratedRegex(@"^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$")]
    private static partial Regex RegionCode();
}

/// <summary>Compares two GraphQL answers, numbers within a relative 1e-9 (sums may run in another order).</summary>
public static class JsonAssert
{
    public static void Equivalent(JsonNode? expected, JsonNode? actual, string what)
    {
        var difference = Difference(expected, actual, "$");
        Assert.True(difference is null, $"{what}: {difference}\nexpected: {Shown(expected)}\nactual:   {Shown(actual)}");
    }

    private static string Shown(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length > 2000 ? text[..2000] + "..." : text;
    }

    private static string? Difference(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected, actual)
        {
            case (null, null):
                return null;
            case (JsonObject e, JsonObject a):
                if (e.Count != a.Count) return $"{path}: {e.Count} members, not {a.Count}";
                foreach (var (name, value) in e)
                {
                    if (!a.ContainsKey(name)) return $"{path}.{name} is missing";
                    if (Difference(value, a[name], $"{path}.{name}") is { } d) return d;
                }
                return null;
            case (JsonArray e, JsonArray a):
                if (e.Count != a.Count) return $"{path}: {e.Count} items, not {a.Count}";
                for (var i = 0; i < e.Count; i++)
                    if (Difference(e[i], a[i], $"{path}[{i}]") is { } d) return d;
                return null;
            case (JsonValue e, JsonValue a) when e.GetValueKind() == JsonValueKind.Number && a.GetValueKind() == JsonValueKind.Number:
                var (x, y) = ((double)e, (double)a);
                return Math.Abs(x - y) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(x), Math.Abs(y))) ? null : $"{path}: {x} expected, {y} found";
            default:
                return JsonNode.DeepEquals(expected, actual) ? null : $"{path}: {Shown(expected)} expected, {Shown(actual)} found";
        }
    }
}
