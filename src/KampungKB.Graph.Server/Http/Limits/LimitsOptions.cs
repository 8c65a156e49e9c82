namespace KampungKB.Graph.Server.Http.Limits;

/// <summary>What one GraphQL request may ask of the hub, from the <c>GraphQL:Limits</c> configuration section; 0 turns a limit off.</summary>
internal sealed class LimitsOptions
{
    public const string Section = "GraphQL:Limits";

    /// <summary>Deepest nesting of fields in the operation run; deeper is <c>QUERY_TOO_DEEP</c>.</summary>
    public int MaxDepth { get; set; } = 20;

    /// <summary>Highest complexity (fields weighted by the rows their lists return); higher is <c>QUERY_TOO_COMPLEX</c>.</summary>
    public int MaxComplexity { get; set; } = 500_000;

    /// <summary>Rows assumed for a list without <c>first</c>, <c>last</c>, <c>take</c> or paging (e.g. a province's regencies).</summary>
    public int AssumedListSize { get; set; } = 10;

    /// <summary>Rows one list level is assumed to return at most, across all its parents (one statement over one table).</summary>
    public int MaxRowsPerLevel { get; set; } = 50_000;

    /// <summary>Rows a page returns when the client asks for no size (<c>first</c>, <c>last</c>, <c>take</c>).</summary>
    public int DefaultPageSize { get; set; } = 50;

    /// <summary>Largest page a client may ask for; larger is <c>PAGE_SIZE_TOO_LARGE</c> (a field error, never a silent cut).</summary>
    public int MaxPageSize { get; set; } = 1_000;

    /// <summary>Most aliased fields in one document; more is <c>TOO_MANY_ALIASES</c>.</summary>
    public int MaxAliases { get; set; } = 100;

    /// <summary>Most field selections written in one document; more is <c>TOO_MANY_FIELDS</c>.</summary>
    public int MaxFields { get; set; } = 2_000;

    /// <summary>
    /// Most fragment spreads written in one document; more is <c>TOO_MANY_FRAGMENTS</c>. Validation compares spread
    /// fragments pairwise: 1,000 one-field fragments, within <see cref="MaxFields"/>, took 4-8 s of CPU to validate.
    /// </summary>
    public int MaxFragmentSpreads { get; set; } = 100;

    /// <summary>Most items in one list argument (e.g. <c>in: [...]</c>), variables included; more is <c>LIST_TOO_LONG</c>.</summary>
    public int MaxListItems { get; set; } = 1_000;

    /// <summary>
    /// Share of their own estimate that introspection fields (<c>__schema</c>, <c>__type</c>) add to complexity; GraphQL.NET
    /// estimates them from the schema's real size, and 0.1 lets an IDE's full introspection query through.
    /// </summary>
    public double IntrospectionImpact { get; set; } = 0.1;

    /// <summary>
    /// GraphQL requests (<c>/graphql</c>, <c>/views</c>) run at once per hub; the rest wait their turn, oldest first.
    /// 0: four per processor. Beyond what the cores can run, more at once only adds memory and garbage-collection work.
    /// </summary>
    public int MaxConcurrentRequests { get; set; }

    /// <summary>Requests that may wait for a turn; one more is <c>SERVER_BUSY</c> (503 with <c>Retry-After</c>).</summary>
    public int MaxQueuedRequests { get; set; } = 1_000;

    /// <summary>Longest a request may run, database included; longer is cancelled and answered <c>TIMEOUT</c>.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
