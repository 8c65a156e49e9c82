using GraphQL.Types;
using KampungKB.Graph.Data.Partners;

namespace KampungKB.Graph.Server.Partners.Views;

/// <summary>GraphQL <c>View</c>: a named, saved query served at <c>/views/{name}</c>.</summary>
internal sealed class ViewType : ObjectGraphType<SavedDocument>
{
    public ViewType()
    {
        Name = "View";
        Description = "A named, saved query (a custom view), fetched with `GET /views/{name}?variable=value` as JSON or CSV, with the caller's key and scope.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The view's name, unique.").Resolve(ctx => ctx.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("url").Description("Where to fetch it, relative to the hub, e.g. `/views/jembrana-mandiri`; add `?format=csv` for CSV.")
            .Resolve(ctx => "/views/" + Uri.EscapeDataString(ctx.Source.Name ?? ""));
        Field<NonNullGraphType<StringGraphType>>("documentId").Description("The document's persisted id, `sha256:` and the hex SHA-256 of its text; POST `{\"documentId\": ...}` runs it too.")
            .Resolve(ctx => ctx.Source.Hash);
        Field<NonNullGraphType<StringGraphType>>("document").Description("The GraphQL document the view runs.").Resolve(ctx => ctx.Source.Body);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ViewVariableType>>>>("variables")
            .Description("The variables the view declares, given as URL query parameters.")
            .Resolve(ctx => ViewDocument.Variables(ctx.Source.Body));
        Field<NonNullGraphType<StringGraphType>>("savedBy").Description("Who saved it: an API key's name, or `cli`.").Resolve(ctx => ctx.Source.SavedBy);
        Field<NonNullGraphType<DateTimeGraphType>>("savedAt").Description("When it was saved (UTC).")
            .Resolve(ctx => DateTime.SpecifyKind(ctx.Source.SavedAt, DateTimeKind.Utc));
    }
}

/// <summary>GraphQL <c>ViewVariable</c>.</summary>
internal sealed class ViewVariableType : ObjectGraphType<ViewVariable>
{
    public ViewVariableType()
    {
        Name = "ViewVariable";
        Description = "A variable of a view: `?name=value` in its URL.";
        Field(v => v.Name).Description("The variable's name, without `$`: the URL parameter.");
        Field(v => v.Type).Description("Its GraphQL type, e.g. `String!` or `[KampungKbClassification!]`; lists take the parameter repeated, or a JSON array.");
        Field(v => v.DefaultValue, nullable: true).Description("Its default as a GraphQL literal, or null when it has none.");
        Field(v => v.Required).Description("Whether the URL must give it: non-null without a default.");
    }
}
