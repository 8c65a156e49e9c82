using KampungKB.Graph.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using KampungKB.Graph.Querying.Tests.Library;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace KampungKB.Graph.Server.Tests;

/// <summary>
/// The hub on a fresh database of its own (a SQLite file, or a PostgreSQL database when <c>KAMPUNGKB_TEST_POSTGRES</c>
/// is set), dropped on dispose. Use it as a class fixture (<c>IClassFixture&lt;HubFactory&gt;</c>) so one test class
/// shares one database.
/// </summary>
public sealed class HubFactory : WebApplicationFactory<Program>
{
    private readonly bool _ownsDatabase;

    public HubFactory() : this(TempDatabase.Create(), ownsDatabase: true)
    {
    }

    /// <summary>A hub on a database another hub may share, as replicas do; the caller drops it.</summary>
    internal HubFactory(TempDatabase database) : this(database, ownsDatabase: false)
    {
    }

    private HubFactory(TempDatabase database, bool ownsDatabase)
    {
        Database = database;
        _ownsDatabase = ownsDatabase;
    }

    /// <summary>The database this hub uses.</summary>
    public TempDatabase Database { get; }

    /// <summary><c>GraphQL:CompiledPlanAfter</c>: 1 in tests, so every first page runs its compiled plan; 0 builds every page.</summary>
    internal int CompiledPlanAfter { get; init; } = 1;

    /// <summary><c>ConnectionStrings:KampungKbReplica</c>: a read replica for queries, or null for none.</summary>
    internal string? ReplicaConnectionString { get; init; }

    /// <summary>A context on the hub's database, outside the hub, to prepare or inspect it.</summary>
    public KampungKbDbContext OpenDatabase() => Database.CreateContext();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:KampungKb", Database.ConnectionString);
        if (ReplicaConnectionString is not null) builder.UseSetting("ConnectionStrings:KampungKbReplica", ReplicaConnectionString);
        // Tests count statements through the GraphQL-Diagnostics header.
        builder.UseSetting("Diagnostics:Enabled", "true");
        // Every first page compiles its plan at once, so the whole suite checks compiled plans' answers (Querying/CompiledPlanTests
        // compares them with built statements, and checks the default's second-request plan).
        builder.UseSetting("GraphQL:CompiledPlanAfter", CompiledPlanAfter.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // Suites send hundreds of requests from one address; rate limit tests switch it back on.
        builder.UseSetting("GraphQL:RateLimit:Enabled", "false");
        // SQLite completes most calls synchronously; this makes each one truly asynchronous, as PostgreSQL's are.
        builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor, YieldingInterceptor>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDatabase) Database.Dispose();
        GC.SuppressFinalize(this);
    }
}
