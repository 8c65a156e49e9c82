using System.Buffers.Text;
using System.Text;

namespace KampungKB.Graph.Server.Relay;

/// <summary>Relay global IDs: base64url of <c>TypeName:key</c>, opaque to clients.</summary>
internal static class GlobalId
{
    public static string Encode(string typeName, string key) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}:{key}"));

    public static string Encode(string typeName, int key) =>
        Encode(typeName, key.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Returns false for anything that is not an ID this hub issued.</summary>
    public static bool TryDecode(string id, out string typeName, out string key)
    {
        typeName = key = "";
        if (id.Length is 0 or > 256) return false;
        Span<byte> bytes = stackalloc byte[Base64Url.GetMaxDecodedLength(id.Length)];
        if (Base64Url.DecodeFromChars(id, bytes, out _, out var written) != System.Buffers.OperationStatus.Done)
            return false;
        string text;
        try { text = new UTF8Encoding(false, true).GetString(bytes[..written]); }
        catch (DecoderFallbackException) { return false; }
        var colon = text.IndexOf(':');
        if (colon <= 0 || colon == text.Length - 1) return false;
        (typeName, key) = (text[..colon], text[(colon + 1)..]);
        return true;
    }
}
