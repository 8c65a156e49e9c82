using GraphQL;
using GraphQL.Execution;

namespace KampungKB.Graph.Server.Http;

/// <summary>Writes every error with our <see cref="ErrorCodes"/> code and nothing that reveals server internals.</summary>
internal sealed class HubErrorInfoProvider() : ErrorInfoProvider(options =>
{
    options.ExposeExceptionDetails = false;
    // 'codes' and 'data' would list inner exception types and their data (e.g. SQLITE_ERROR).
    options.ExposeCodes = false;
    options.ExposeData = false;
})
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        info.Extensions ??= new Dictionary<string, object?>();
        info.Extensions["code"] = ErrorCodes.For(executionError);
        return info;
    }
}
