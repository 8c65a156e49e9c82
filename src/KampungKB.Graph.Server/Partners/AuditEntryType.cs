using GraphQL.Types;
using KampungKB.Graph.Data.Partners;
using KampungKB.Graph.Querying.Filtering;
using KampungKB.Graph.Querying.Sorting;

namespace KampungKB.Graph.Server.Partners;

/// <summary>GraphQL <c>AuditEntry</c>.</summary>
internal sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    public AuditEntryType()
    {
        Name = "AuditEntry";
        Description = "One row changed through a mutation: who, when, which mutation, and the row before and after.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The entry's sequence number; later entries have larger numbers.")
            .Resolve(ctx => ctx.Source.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // SQLite hands back DateTime without a kind; the column is always UTC.
        Field<NonNullGraphType<DateTimeGraphType>>("at").Description("When (UTC) the change was committed.")
            .Resolve(ctx => DateTime.SpecifyKind(ctx.Source.At, DateTimeKind.Utc));
        Field(e => e.Actor).Description("The name of the API key that made the change.");
        Field(e => e.Action).Description("The mutation, e.g. `updateKampungKb`.");
        Field(e => e.EntityType).Description("The changed row's type: `KampungKb`, `ProfileSnapshot`, `MonthlyReport`, `ProgramParticipation` or `Observation`.");
        Field(e => e.EntityKey).Description("The changed row's key: `42` (Kampung KB), `42:2025-08` (profile, report), `42:DEKAT` (participation), `42:STUNTING_PREVALENCE:2025-08` (observation).");
        Field(e => e.Before, nullable: true).Description("The row's stored columns before the change, as a JSON object; null when the mutation created it.");
        Field(e => e.After, nullable: true).Description("The row's stored columns after the change, as a JSON object; null when the mutation removed it.");
    }
}

/// <summary><c>AuditEntryFilterInput</c>.</summary>
internal sealed class AuditEntryFilterInputType : FilterInputType<AuditEntry>
{
    public AuditEntryFilterInputType()
    {
        Name = "AuditEntryFilterInput";
        Description = "Filters audit entries.";
        Field(e => e.At).Description = "When (UTC), e.g. `{ gte: \"2025-08-01T00:00:00Z\" }`.";
        Field(e => e.Actor).Description = "The API key's name.";
        Field(e => e.Action).Description = "The mutation.";
        Field(e => e.EntityType).Description = "The changed row's type.";
        Field(e => e.EntityKey).Description = "The changed row's key (`startsWith: \"42:\"` for everything hanging off Kampung KB 42).";
    }
}

/// <summary><c>AuditEntrySortInput</c>.</summary>
internal sealed class AuditEntrySortInputType : SortInputType<AuditEntry>
{
    public AuditEntrySortInputType()
    {
        Name = "AuditEntrySortInput";
        Description = "Sorts audit entries (newest first unless told otherwise).";
        Field(e => e.Id).Description = "By sequence number (the order changes were made).";
        Field(e => e.At).Description = "By time.";
        Field(e => e.Actor).Description = "By API key name.";
        Field(e => e.EntityType).Description = "By changed row's type.";
    }
}
