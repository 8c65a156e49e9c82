using System.Buffers.Text;
using System.Text;

namespace KampungKB.Graph.Server.Relay;

/// <summary>Relay global IDs: base64url of <c>TypeName:key</c>, opaque to clients.</summary>
internal static class GlobalId
{
    // Written in a stack buffer: a page of 20 rows encodes 20 ids, and only the id itself need be a new string.
    public static string Encode(string typeName, string key)
    {
        var length = Encoding.UTF8.GetByteCount(typeName) + 1 + Encoding.UTF8.GetByteCount(key);
        Span<byte> text = length <= 256 ? stackalloc byte[length] : new byte[length];
        var written = Encoding.UTF8.GetBytes(typeName, text);
        text[written++] = (byte)':';
        Encoding.UTF8.GetBytes(key, text[written..]);
        return Base64Url.EncodeToString(text);
    }

    public static string Encode(string typeName, int key)
    {
        Span<byte> text = stackalloc byte[Encoding.UTF8.GetByteCount(typeName) + 12];
        var written = Encoding.UTF8.GetBytes(typeName, text);
        text[written++] = (byte)':';
        key.TryFormat(text[written..], out var digits, provider: System.Globalization.CultureInfo.InvariantCulture);
        return Base64Url.EncodeToString(text[..(written + digits)]);
    }

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
