using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using KampungKB.Graph.Querying.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KampungKB.Graph.Querying.Tests.Library;

/// <summary>A seeded SQLite file and the test schema, executed the way the server will: serial strategy, one DbContext per request.</summary>
public sealed class LibraryFixture : IDisposable
{
    private static readonly GraphQLSerializer Serializer = new();
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"querying-tests-{Guid.NewGuid():N}.db");
    private readonly ServiceProvider _services;

    public LibraryFixture()
    {
        (Authors, Books, Reviews, Tags) = LibraryData.Create();
        _services = BuildServices(o => o.UseSqlite($"Data Source={_path};Pooling=False")
            .AddInterceptors(SqlCaptureInterceptor.Instance, new YieldingInterceptor())
            .LogTo(_ => Interlocked.Increment(ref _compilations), [Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.QueryCompilationStarting], Microsoft.Extensions.Logging.LogLevel.Debug));
        Schema = _services.GetRequiredService<ISchema>();

        using var scope = _services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LibraryDb>();
        db.Database.EnsureCreated();
        db.Authors.AddRange(Authors.Select(a => new Author
        {
            Id = a.Id, Name = a.Name, Country = a.Country, Born = a.Born, Rating = a.Rating, Active = a.Active, Genre = a.Genre, MentorId = a.MentorId,
        }));
        db.Books.AddRange(Books.Select(b => new Book
        {
            Id = b.Id, Title = b.Title, Subtitle = b.Subtitle, Year = b.Year, Copies = b.Copies, Published = b.Published, Genre = b.Genre, AuthorId = b.AuthorId,
        }));
        db.Reviews.AddRange(Reviews.Select(r => new Review { Id = r.Id, Stars = r.Stars, Text = r.Text, BookId = r.BookId }));
        db.BookTags.AddRange(Tags.Select(t => new BookTag { BookId = t.BookId, Tag = t.Tag, Weight = t.Weight }));
        db.SaveChanges();

        // Wire the in-memory copies the same way for the LINQ-to-objects oracle.
        var byId = Authors.ToDictionary(a => a.Id);
        foreach (var a in Authors) a.Mentor = a.MentorId is { } m ? byId[m] : null;
        foreach (var b in Books) { b.Author = byId[b.AuthorId]; b.Author.Books.Add(b); }
        var books = Books.ToDictionary(b => b.Id);
        foreach (var r in Reviews) { r.Book = books[r.BookId]; r.Book.Reviews.Add(r); }
        foreach (var t in Tags) { t.Book = books[t.BookId]; t.Book.Tags.Add(t); }
    }

    /// <summary>The test schema over <see cref="LibraryDb"/> configured by <paramref name="database"/>, wired as the server wires its own.</summary>
    public static ServiceProvider BuildServices(Action<DbContextOptionsBuilder> database)
    {
        var services = new ServiceCollection();
        services.AddDbContext<LibraryDb>(database);
        services.AddQuerying();
        foreach (var type in typeof(LibraryQuery).Assembly.GetTypes().Where(t => typeof(IGraphType).IsAssignableFrom(t) && !t.IsAbstract))
            services.AddSingleton(type);
        services.AddSingleton<ISchema>(p => new Schema(p) { Query = p.GetRequiredService<LibraryQuery>() });
        return services.BuildServiceProvider();
    }

    /// <summary>Runs a query against <paramref name="services"/> with the serial strategy and a fresh request scope.</summary>
    public static async Task<JsonElement> ExecuteAsync(ServiceProvider services, string query, object? variables = null)
    {
        using var scope = services.CreateScope();
        var result = await Executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = services.GetRequiredService<ISchema>(),
            Query = query,
            Variables = variables == null ? null : Serializer.Deserialize<Inputs>(JsonSerializer.Serialize(variables)),
            RequestServices = scope.ServiceProvider,
            ThrowOnUnhandledException = true,
        });
        using var document = JsonDocument.Parse(Serializer.Serialize(result));
        return document.RootElement.Clone();
    }

    private static readonly DocumentExecuter Executer = new(new GraphQLDocumentBuilder(), new DocumentValidator(),
        new DefaultExecutionStrategySelector([new ExecutionStrategyRegistration(SerialExecutionStrategy.Instance, OperationType.Query)]), []);

    private int _compilations;

    /// <summary>How many LINQ queries EF Core has compiled so far (a cache miss each).</summary>
    public int Compilations => Volatile.Read(ref _compilations);

    public List<Author> Authors { get; }
    public List<Book> Books { get; }
    public List<Review> Reviews { get; }
    public List<BookTag> Tags { get; }
    public ISchema Schema { get; }

    public IServiceScope CreateScope() => _services.CreateScope();

    /// <summary>Runs a query; returns the response JSON and the SQL it caused.</summary>
    public async Task<(JsonElement Response, IReadOnlyList<SqlStatement> Sql)> RunAsync(string query, object? variables = null)
    {
        using var collector = SqlStatementCollector.Begin();
        var response = await ExecuteAsync(_services, query, variables);
        return (response, collector.Statements);
    }

    /// <summary>Runs a query that must succeed and returns its <c>data</c>.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var (response, _) = await RunAsync(query, variables);
        if (response.TryGetProperty("errors", out var errors)) throw new InvalidOperationException(errors.ToString());
        return response.GetProperty("data");
    }

    public void Dispose()
    {
        _services.Dispose();
        try { File.Delete(_path); } catch (IOException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class LibraryCollection : ICollectionFixture<LibraryFixture>
{
    public const string Name = "library";
}
