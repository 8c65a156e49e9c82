using GraphQL.Validation;

namespace KampungKB.Graph.Server.Http.Limits;

/// <summary>
/// Counts fields and aliases before any validation rule looks at the document: GraphQL.NET runs all rules in one pass,
/// and some (overlapping fields) take seconds on 20,000 repeated fields that the count refuses in microseconds.
/// </summary>
internal sealed class LimitsFirstValidator(SelectionCountRule selectionCount) : IDocumentValidator
{
    private readonly DocumentValidator _validator = new();

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options) =>
        selectionCount.Check(options.Document) is { } error
            ? Task.FromResult<IValidationResult>(new ValidationResult([error]))
            : _validator.ValidateAsync(options);
}
