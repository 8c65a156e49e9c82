namespace KampungKB.Graph.Server.Http.Limits;

/// <summary>Requests each caller may send to <c>/graphql</c>, from the <c>GraphQL:RateLimit</c> configuration section.</summary>
internal sealed class RateLimitOptions
{
    public const string Section = "GraphQL:RateLimit";

    /// <summary>Off, no request is ever refused for its rate.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Requests a caller may send per <see cref="Window"/>; the next one is answered 429 <c>RATE_LIMITED</c>.</summary>
    public int PermitLimit { get; set; } = 300;

    /// <summary>Length of the fixed window the permits are counted in.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
