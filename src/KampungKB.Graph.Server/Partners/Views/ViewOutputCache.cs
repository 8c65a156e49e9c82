using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace KampungKB.Graph.Server.Partners.Views;

/// <summary>
/// ASP.NET Core's output cache for <c>GET /views/{name}</c>: a partner's tool polling a view is answered from memory for
/// <see cref="ViewOptions.ServerCacheSeconds"/>. It runs after authentication and the rate limit, so a revoked key or a
/// spent limit is refused even when the answer is cached; answers vary by the caller's role and scope, the query string and
/// <c>Accept</c>. Only 200 answers are kept.
/// </summary>
internal sealed class ViewOutputCachePolicy : IOutputCachePolicy
{
    public const string Name = "views";

    /// <summary>The tag of every cached view answer, evicted when this process writes (<see cref="ViewCacheEviction"/>).</summary>
    public const string Tag = "views";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var seconds = context.HttpContext.RequestServices.GetRequiredService<IOptions<ViewOptions>>().Value.ServerCacheSeconds;
        // A HEAD answer has no body to keep (ViewEndpoint drops it), and served from the cache it would say Content-Length: 0.
        if (seconds <= 0 || HttpMethods.IsHead(context.HttpContext.Request.Method)) return ValueTask.CompletedTask;
        context.EnableOutputCaching = context.AllowCacheLookup = context.AllowCacheStorage = true;
        // Identical requests arriving together run the view once.
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(seconds);
        context.Tags.Add(Tag);
        var caller = HubCaller.From(context.HttpContext.User);
        // The same view answers differently by role (sensitive fields) and region scope, not by the key's name.
        context.CacheVaryByRules.VaryByValues["caller"] = $"{caller.Role}:{caller.RegionScope}";
        // The query string exactly as sent: the cache's own query rule ignores the letter case of names, the view does not.
        context.CacheVaryByRules.VaryByValues["query"] = context.HttpContext.Request.QueryString.Value ?? "";
        context.CacheVaryByRules.HeaderNames = "Accept";
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        // Errors, 304s and refusals are answered afresh each time.
        context.AllowCacheStorage &= context.HttpContext.Response.StatusCode == StatusCodes.Status200OK;
        return ValueTask.CompletedTask;
    }
}

/// <summary>After a mutation ran in this process, drops the cached view answers: they may show what it changed.</summary>
internal sealed class ViewCacheEviction(IOutputCacheStore store) : IConfigureExecution
{
    /// <summary>Inside the operation's telemetry, around everything else.</summary>
    public float SortOrder => 60;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var result = await next(options);
        if (result.Executed && result.Operation?.Operation == OperationType.Mutation)
            await store.EvictByTagAsync(ViewOutputCachePolicy.Tag, CancellationToken.None);
        return result;
    }
}
