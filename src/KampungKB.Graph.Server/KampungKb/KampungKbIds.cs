using System.Globalization;
using KampungKB.Graph.Server.Relay;

namespace KampungKB.Graph.Server.KampungKb;

/// <summary>Kampung KB are named by their global <c>id</c> or, for people typing queries, their database number.</summary>
internal static class KampungKbIds
{
    public static bool TryParse(string id, out int key) =>
        int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out key)
        || (GlobalId.TryDecode(id, out var type, out var text) && type == "KampungKb"
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out key));
}
