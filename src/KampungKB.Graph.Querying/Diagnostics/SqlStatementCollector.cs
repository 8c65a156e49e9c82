namespace KampungKB.Graph.Querying.Diagnostics;

/// <summary>One SQL statement the database ran for a request.</summary>
public sealed record SqlStatement(string Sql, TimeSpan Duration);

/// <summary>
/// Records the SQL statements of one request. Start it with <see cref="Begin"/> around the GraphQL execution;
/// <see cref="SqlCaptureInterceptor"/> adds every statement run on the same async flow.
/// </summary>
public sealed class SqlStatementCollector : IDisposable
{
    private static readonly AsyncLocal<SqlStatementCollector?> CurrentCollector = new();
    private readonly List<SqlStatement> _statements = [];
    private readonly SqlStatementCollector? _outer;
    private int _plannedStatements;

    private SqlStatementCollector(SqlStatementCollector? outer) => _outer = outer;

    /// <summary>The collector of the current async flow, if any.</summary>
    public static SqlStatementCollector? Current => CurrentCollector.Value;

    /// <summary>Starts collecting for the current async flow until the collector is disposed.</summary>
    public static SqlStatementCollector Begin() => CurrentCollector.Value = new SqlStatementCollector(CurrentCollector.Value);

    /// <summary>The statements so far, in the order they finished.</summary>
    public IReadOnlyList<SqlStatement> Statements
    {
        get { lock (_statements) return _statements.ToArray(); }
    }

    /// <summary>How many statements ran.</summary>
    public int Count
    {
        get { lock (_statements) return _statements.Count; }
    }

    /// <summary>How many statements (pages, batches) ran a compiled plan rather than being built for the request.</summary>
    public int PlannedStatements => Volatile.Read(ref _plannedStatements);

    /// <summary>Total database time in milliseconds.</summary>
    public double TotalMilliseconds
    {
        get { lock (_statements) return _statements.Sum(s => s.Duration.TotalMilliseconds); }
    }

    /// <summary>
    /// A JSON-ready summary for a response's <c>extensions</c>:
    /// <c>{ "count": 3, "totalMs": 1.9, "statements": [{ "sql": "...", "ms": 0.7 }] }</c>.
    /// </summary>
    public IReadOnlyDictionary<string, object> ToExtension()
    {
        var statements = Statements;
        return new Dictionary<string, object>
        {
            ["count"] = statements.Count,
            ["totalMs"] = Math.Round(statements.Sum(s => s.Duration.TotalMilliseconds), 3),
            ["statements"] = statements.Select(s => new Dictionary<string, object> { ["sql"] = s.Sql, ["ms"] = Math.Round(s.Duration.TotalMilliseconds, 3) }).ToList(),
        };
    }

    internal void AddPlannedStatement()
    {
        Interlocked.Increment(ref _plannedStatements);
        _outer?.AddPlannedStatement();
    }

    internal void Add(SqlStatement statement)
    {
        lock (_statements) _statements.Add(statement);
        // An enclosing collector (e.g. a test around a request) sees the statement too.
        _outer?.Add(statement);
    }

    /// <summary>Stops collecting; the statements stay readable.</summary>
    public void Dispose()
    {
        if (ReferenceEquals(CurrentCollector.Value, this)) CurrentCollector.Value = _outer;
    }
}
