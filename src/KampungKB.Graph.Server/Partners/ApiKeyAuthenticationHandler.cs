using System.Text.Encodings.Web;
using KampungKB.Graph.Data;
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

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var authorization = Request.Headers.Authorization.ToString();
        if (authorization.Length == 0) return AuthenticateResult.NoResult();
        if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || authorization.Length <= 7)
            return AuthenticateResult.Fail("Send the key as 'Authorization: Bearer <key>'.");

        var hash = ApiKeySecret.Hash(authorization[7..].Trim());
        var db = Context.RequestServices.GetRequiredService<KampungKbDbContext>();
        var key = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.SecretHash == hash && k.RevokedAt == null, Context.RequestAborted);
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
