using System.Globalization;
using System.Security.Claims;
using GraphQL;
using KampungKB.Graph.Data.Partners;

namespace KampungKB.Graph.Server.Partners;

/// <summary>Who is asking: an API key's name, role and region scope, or the anonymous reader.</summary>
internal sealed record HubCaller(string Name, HubRole Role, string? RegionScope, bool SavedDocumentsOnly)
{
    /// <summary>A request without a key: reads like a viewer, never writes.</summary>
    public static readonly HubCaller Anonymous = new("anonymous", HubRole.Viewer, null, false) { IsAnonymous = true };

    public bool IsAnonymous { get; private init; }

    /// <summary>Whether the caller holds <paramref name="role"/> or a role above it.</summary>
    public bool Has(HubRole role) => Role >= role;

    private const string RoleClaim = "kampungkb:role";
    private const string ScopeClaim = "kampungkb:scope";
    private const string SavedOnlyClaim = "kampungkb:saved-only";

    public static HubCaller From(ClaimsPrincipal? user)
    {
        if (user?.Identity is not { IsAuthenticated: true } identity) return Anonymous;
        return new(identity.Name ?? "",
            Enum.Parse<HubRole>(user.FindFirstValue(RoleClaim)!),
            user.FindFirstValue(ScopeClaim),
            user.HasClaim(SavedOnlyClaim, "true"));
    }

    public static ClaimsPrincipal Principal(ApiKey key, string scheme)
    {
        List<Claim> claims =
        [
            new(ClaimTypes.Name, key.Name),
            new(ClaimTypes.NameIdentifier, key.Id.ToString(CultureInfo.InvariantCulture)),
            new(RoleClaim, key.Role.ToString()),
        ];
        if (key.RegionScope is not null) claims.Add(new(ScopeClaim, key.RegionScope));
        if (key.SavedDocumentsOnly) claims.Add(new(SavedOnlyClaim, "true"));
        return new(new ClaimsIdentity(claims, scheme));
    }
}

/// <summary>The caller of a GraphQL field.</summary>
internal static class HubCallerExtensions
{
    public static HubCaller Caller(this IResolveFieldContext context) => HubCaller.From(context.User);
}
