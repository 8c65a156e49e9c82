using System.Collections;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;
using KampungKB.Graph.Server.Hosting;
using Microsoft.Extensions.Options;

namespace KampungKB.Graph.Server.Http.Limits;

/// <summary>
/// Refuses list arguments longer than <see cref="LimitsOptions.MaxListItems"/> (<c>LIST_TOO_LONG</c>), e.g. an <c>in</c>
/// filter of 100,000 codes, which would otherwise become one SQL parameter each. It reads argument values, variables
/// included, so it runs for cached documents too, unless no variable of the operation can hold a list.
/// </summary>
internal sealed class ListLengthRule(IOptions<LimitsOptions> limits) : ValidationRuleBase, ISkippableCachedRule
{
    // Operations of cached documents that passed, and whose variables cannot change that; they live as long as their document.
    private readonly ConditionalWeakTable<GraphQLOperationDefinition, object> _fixed = new();

    public bool Skips(ExecutionOptions options, GraphQLOperationDefinition operation) => _fixed.TryGetValue(operation, out _);

    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        if (Check(context) && !VariableReach.CanHoldList(context.Operation, context.Schema))
            _fixed.AddOrUpdate(context.Operation, this);
        return default;
    }

    // False when a list is too long.
    private bool Check(ValidationContext context)
    {
        var max = limits.Value.MaxListItems;
        if (max <= 0 || context.ArgumentValues is not { } fields) return true;
        foreach (var (field, arguments) in fields)
        {
            foreach (var (name, argument) in arguments)
            {
                if (Longest(argument.Value) is var longest && longest <= max) continue;
                context.ReportError(new LimitExceededError(ErrorCodes.ListTooLong,
                    $"The argument '{name}' of '{field.Name.StringValue}' holds a list of {longest:N0} items; the hub allows {max:N0} " +
                    "(GraphQL:Limits:MaxListItems). Split the list over several requests, or filter by a common prefix (startsWith) instead."));
                return false;
            }
        }
        return true;
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
