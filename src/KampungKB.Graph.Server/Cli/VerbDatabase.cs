using KampungKB.Graph.Data;

namespace KampungKB.Graph.Server.Cli;

/// <summary>The hub's database for one verb, migrated: the verb host, a service scope and its DbContext, disposed together.</summary>
internal sealed class VerbDatabase : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly AsyncServiceScope _scope;

    private VerbDatabase(WebApplication app)
    {
        _app = app;
        _scope = app.Services.CreateAsyncScope();
    }

    /// <summary>The scope's services, for what needs more than the DbContext (e.g. the schema to check a view).</summary>
    public IServiceProvider Services => _scope.ServiceProvider;

    public KampungKbDbContext Db => Services.GetRequiredService<KampungKbDbContext>();

    /// <summary>Opens the database named by <paramref name="connection"/> (default: the hub's configuration) and applies pending migrations.</summary>
    public static async Task<VerbDatabase> OpenAsync(string? connection, CancellationToken ct)
    {
        var database = new VerbDatabase(VerbHost.Build(connection));
        await DatabaseSetup.MigrateAsync(database.Db, ct);
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _app.DisposeAsync();
    }
}
