namespace KampungKB.Graph.Server.Partners.Views;

/// <summary>The <c>Views</c> configuration section.</summary>
internal sealed class ViewOptions
{
    public const string Section = "Views";

    /// <summary>How long a client may reuse a view's answer without asking again (<c>Cache-Control: private, max-age</c>).</summary>
    public int MaxAgeSeconds { get; set; } = 60;

    /// <summary>How long this process serves a view's answer from its output cache, per caller and parameters; 0 turns it off.</summary>
    public int ServerCacheSeconds { get; set; } = 60;
}
