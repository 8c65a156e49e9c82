using System.Text.Encodings.Web;
using KampungKB.Graph.Data;
using KampungKB.Graph.Data.Partners;
using KampungKB.Graph.Server.Http;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KampungKB.Graph.Server.Partners;

/// <summary>
/// <c>Authorization: Bearer &lt;key&gt;</c>: looks the key's hash up in the database on every request, so a key created or
/// revoked through one replica holds on all of them at once. No header: anonymous (see <see cref="AuthOptions"/>).
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    // Compiled once: every request with a key looks it up, and EF Core's LINQ pipeline would cost more than the lookup.
    private static readonly Func<KampungKbDbContext, string, CancellationToken, Task<ApiKey?>> LiveKeyWithHash =
        EF.CompileAsyncQuery((KampungKbDbContext db, string hash, CancellationToken _) =>
            db.ApiKeys.AsNoTracking().FirstOrDefault(k => k.SecretHash == hash && k.RevokedAt == null));

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var headers = Request.Headers.Authorization;
        if (headers.Count == 0) return AuthenticateResult.NoResult();
        // Two keys (or a key and other credentials) leave it open whose request this is: refuse rather than pick one.
        if (headers.Count > 1) return AuthenticateResult.Fail("Send one Authorization header with one key; this request has several.");
        var authorization = headers.ToString();
        if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || authorization.AsSpan(7).Trim().IsEmpty)
            return AuthenticateResult.Fail("Send the key as 'Authorization: Bearer <key>'.");

        var secret = authorization[7..].Trim();
        // Whatever does not even look like a key (garbage, 10 KB tokens, other schemes' credentials) costs no database query.
        if (!ApiKeySecret.IsWellFormed(secret))
            return AuthenticateResult.Fail("That is not an API key of this hub: keys look like 'kkb_' followed by 43 letters, digits, '-' or '_'.");
        var hash = ApiKeySecret.Hash(secret);
        var db = Context.RequestServices.GetRequiredService<KampungKbDbContext>();
        var key = await LiveKeyWithHash(db, hash, Context.RequestAborted);
        return key is null
            ? AuthenticateResult.Fail("The API key is unknown or revoked. Ask the hub's administrator for a key (`kampungkb keys create`).")
            : AuthenticateResult.Success(new AuthenticationTicket(HubCaller.Principal(key, SchemeName), SchemeName));
    }

    // 401 in GraphQL shape: the client's GraphQL library shows the message and code like any other error.
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var failure = (await HandleAuthenticateOnceSafeAsync()).Failure;
        var error = failure is null
            ? new TransportError(StatusCodes.Status401Unauthorized, AuthErrors.NotAuthenticated,
                "This hub needs an API key: send 'Authorization: Bearer <key>' (anonymous access is off, Auth:AllowAnonymous).")
            : new TransportError(StatusCodes.Status401Unauthorized, AuthErrors.InvalidKey, failure.Message);
        Response.Headers.WWWAuthenticate = "Bearer";
        await GraphQLResponse.For(error, MediaTypeNegotiation.Negotiate(Request.Headers.Accept) ?? MediaTypeNegotiation.Json).ExecuteAsync(Context);
    }
}
