using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Net.Http.Headers;

namespace KampungKB.Graph.Server.Http.Limits;

/// <summary>
/// ASP.NET Core's rate limiter on <c>/graphql</c>: a fixed window per caller, the caller being the verified API key when
/// one is sent and the client IP otherwise. Over the limit: 429, <c>Retry-After</c> and a
/// GraphQL-shaped <c>RATE_LIMITED</c> error. Health endpoints carry no policy, so they are never limited.
/// </summary>
internal static class GraphQLRateLimiting
{
    public const string Policy = "graphql";

    public static void AddGraphQLRateLimiting(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) => RejectAsync(context, options);
            limiter.AddPolicy(Policy, http => options.Enabled && options.PermitLimit > 0
                ? RateLimitPartition.GetFixedWindowLimiter(Caller(http), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.PermitLimit,
                    Window = options.Window,
                    // Refused at once rather than queued: a queued request holds a connection and tells the client nothing.
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(""));
        });
    }

    /// <summary>Who a request counts against: its verified API key (authentication runs first), else its IP.</summary>
    public static string Caller(HttpContext http) =>
        http.User.Identity is { IsAuthenticated: true, Name: { } key }
            ? "key:" + key
            : "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    private static async ValueTask RejectAsync(OnRejectedContext context, RateLimitOptions options)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : options.Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers[HeaderNames.RetryAfter] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var error = new TransportError(StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited,
            $"Too many requests: the hub allows {options.PermitLimit:N0} per {options.Window.TotalSeconds:0.###} s per API key or client address " +
            $"(GraphQL:RateLimit). Retry after {seconds} s, or send fewer, larger requests.");
        await GraphQLResponse.For(error, MediaTypeNegotiation.Negotiate(http.Request.Headers.Accept) ?? MediaTypeNegotiation.Json).ExecuteAsync(http);
    }
}
