using System.Collections;
using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace KampungKB.Graph.Server.Http.Limits;

/// <summary>
/// Refuses list arguments longer than <see cref="LimitsOptions.MaxListItems"/> (<c>LIST_TOO_LONG</c>), e.g. an <c>in</c>
/// filter of 100,000 codes, which would otherwise become one SQL parameter each. It reads argument values, variables
/// included, so it runs for cached documents too.
/// </summary>
internal sealed class ListLengthRule(IOptions<LimitsOptions> limits) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        var max = limits.Value.MaxListItems;
        if (max <= 0 || context.ArgumentValues is not { } fields) return default;
        foreach (var (field, arguments) in fields)
        {
            foreach (var (name, argument) in arguments)
            {
                if (Longest(argument.Value) is var longest && longest <= max) continue;
                context.ReportError(new LimitExceededError(ErrorCodes.ListTooLong,
                    $"The argument '{name}' of '{field.Name.StringValue}' holds a list of {longest:N0} items; the hub allows {max:N0} " +
                    "(GraphQL:Limits:MaxListItems). Split the list over several requests, or filter by a common prefix (startsWith) instead."));
                return default;
            }
        }
        return default;
    }

    // The longest list anywhere inside an argument value (input objects and lists of lists included).
    private static int Longest(object? value) => value switch
    {
        null or string => 0,
        IDictionary<string, object?> fields => fields.Values.Select(Longest).DefaultIfEmpty(0).Max(),
        ICollection items => Math.Max(items.Count, items.Cast<object?>().Select(Longest).DefaultIfEmpty(0).Max()),
        _ => 0,
    };
}
