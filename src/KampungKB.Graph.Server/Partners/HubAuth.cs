using KampungKB.Graph.Data;
using KampungKB.Graph.Server.Ide;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KampungKB.Graph.Server.Partners;

/// <summary>API keys as ASP.NET Core authentication, one authorization policy for the API, and the caller's region scope.</summary>
internal static class HubAuth
{
    /// <summary>The policy API endpoints require: a valid key, or no key at all while anonymous reading is on.</summary>
    public const string CallerPolicy = "caller";

    public static void AddHubAuth(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<AuthOptions>(builder.Configuration.GetSection(AuthOptions.Section));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<IRegionScopeSource, CallerRegionScope>();
        // AddAuthentication would add ASP.NET Core's data protection, which nothing here uses (keys are hashed in the
        // database, no cookies): every new replica would write a key ring to its home folder and warn about it.
        builder.Services.AddAuthenticationCore(options => options.DefaultScheme = ApiKeyAuthenticationHandler.SchemeName);
        builder.Services.AddWebEncoders();
        builder.Services.TryAddSingleton(TimeProvider.System);
        new AuthenticationBuilder(builder.Services)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder().AddPolicy(CallerPolicy, policy => policy.RequireAssertion(IsAdmitted));
    }

    private static bool IsAdmitted(AuthorizationHandlerContext context)
    {
        if (context.User.Identity?.IsAuthenticated == true) return true;
        if (context.Resource is not HttpContext http || http.Request.Headers.Authorization.Count > 0) return false;
        // The IDE's page carries no key; what it then sends does.
        return http.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.AllowAnonymous || BananaCakePop.AnswerBrowser(http) is not null;
    }
}
