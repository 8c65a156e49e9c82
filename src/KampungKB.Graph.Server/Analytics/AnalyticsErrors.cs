using GraphQL;

namespace KampungKB.Graph.Server.Analytics;

/// <summary>A period argument that is not <c>YYYY-MM</c>, or a range that ends before it starts.</summary>
internal sealed class InvalidPeriodError : ExecutionError
{
    public InvalidPeriodError(string message) : base(message) => Code = "INVALID_PERIOD";
}

/// <summary>An indicator code the hub does not know.</summary>
internal sealed class UnknownIndicatorError : ExecutionError
{
    public UnknownIndicatorError(string code)
        : base($"There is no indicator '{(code.Length > 64 ? code[..64] + "..." : code)}'. The `indicators` field lists the codes, e.g. `STUNTING_PREVALENCE`.") =>
        Code = "UNKNOWN_INDICATOR";
}
