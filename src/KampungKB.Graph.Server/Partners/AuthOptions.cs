namespace KampungKB.Graph.Server.Partners;

/// <summary>The <c>Auth</c> configuration section.</summary>
internal sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>Whether requests without a key may read (as a viewer, unscoped). Off: every request needs a key.</summary>
    public bool AllowAnonymous { get; set; } = true;
}
