namespace KampungKB.Graph.Server.Partners;

/// <summary>The <c>extensions.code</c> values of authentication and authorization.</summary>
internal static class AuthErrors
{
    /// <summary>No key was sent and anonymous access is off (401).</summary>
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";
    /// <summary>The key sent is unknown or revoked (401).</summary>
    public const string InvalidKey = "AUTH_INVALID_KEY";
    /// <summary>The key may not do or see this (a field error, or 403 for a whole request).</summary>
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";
}
