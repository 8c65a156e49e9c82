using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KampungKB.Graph.Querying.Errors;
using KampungKB.Graph.Querying.Sorting;

namespace KampungKB.Graph.Querying.Paging;

/// <summary>Opaque cursors: base64url of a JSON array holding an order fingerprint and the row's sort key values.</summary>
internal sealed class CursorCodec
{
    private readonly IReadOnlyList<SortKey> _keys;
    private string? _fingerprint;

    public CursorCodec(IReadOnlyList<SortKey> keys) => _keys = keys;

    // A cursor issued for another order would skip or repeat rows; the fingerprint rejects it. Computed only when a cursor is.
    private string Fingerprint => _fingerprint ??= Convert.ToHexString(
        SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("|", _keys.Select(k => $"{k.Path}{(k.Descending ? '-' : '+')}")))), 0, 6);

    public string Encode(object?[] values)
    {
        var json = new object?[values.Length + 1];
        json[0] = Fingerprint;
        values.CopyTo(json, 1);
        return Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(json));
    }

    public object?[] Decode(string cursor, string argument)
    {
        try
        {
            using var document = JsonDocument.Parse(Base64Url.DecodeFromChars(cursor));
            var items = document.RootElement;
            if (items.ValueKind != JsonValueKind.Array || items.GetArrayLength() != _keys.Count + 1 || items[0].GetString() != Fingerprint)
                throw new InvalidCursorError(argument);
            var values = new object?[_keys.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = items[i + 1].Deserialize(_keys[i].Type);
                if (values[i] == null && !_keys[i].CanBeNull) throw new InvalidCursorError(argument);
            }
            return values;
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException or NotSupportedException)
        {
            throw new InvalidCursorError(argument);
        }
    }
}
