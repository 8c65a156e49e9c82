using GraphQL.Types;
using KampungKB.Graph.Data.Partners;

namespace KampungKB.Graph.Server.Partners.Views;

/// <summary>The input of <c>saveView</c>.</summary>
internal sealed class SaveViewInput
{
    public string Name { get; set; } = "";
    public string Document { get; set; } = "";
}

/// <summary>The input of <c>removeView</c>.</summary>
internal sealed class RemoveViewInput
{
    public string Name { get; set; } = "";
}

/// <summary>What <c>saveView</c> returns.</summary>
internal sealed record SaveViewPayload(SavedDocument? View, bool Replaced, IReadOnlyList<ViewProblem> Errors);

/// <summary>What <c>removeView</c> returns.</summary>
internal sealed record RemoveViewPayload(SavedDocument? View, IReadOnlyList<ViewProblem> Errors);

/// <summary>GraphQL <c>SaveViewInput</c>.</summary>
internal sealed class SaveViewInputType : InputObjectGraphType<SaveViewInput>
{
    public SaveViewInputType()
    {
        Name = "SaveViewInput";
        Description = "A view to save.";
        Field(i => i.Name).Description("The view's name: letters, digits, `-`, `_`, `.`; it becomes `/views/{name}`.");
        Field(i => i.Document).Description("One GraphQL query operation (fragments allowed), with the variables the URL will give.");
    }
}

/// <summary>GraphQL <c>RemoveViewInput</c>.</summary>
internal sealed class RemoveViewInputType : InputObjectGraphType<RemoveViewInput>
{
    public RemoveViewInputType()
    {
        Name = "RemoveViewInput";
        Description = "A view to remove.";
        Field(i => i.Name).Description("The view's name.");
    }
}

/// <summary>GraphQL <c>SaveViewPayload</c>.</summary>
internal sealed class SaveViewPayloadType : ObjectGraphType<SaveViewPayload>
{
    public SaveViewPayloadType()
    {
        Name = "SaveViewPayload";
        Description = "The saved view, or why it was not saved.";
        Field<ViewType>("view").Description("The view as saved; null when `errors` says why not.").Resolve(ctx => ctx.Source.View);
        Field(p => p.Replaced).Description("Whether the name had a view already, whose document this one replaced (the old one stays reachable by its documentId).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ViewErrorType>>>>("errors").Description("Why the view was not saved; empty on success.")
            .Resolve(ctx => ctx.Source.Errors);
    }
}

/// <summary>GraphQL <c>RemoveViewPayload</c>.</summary>
internal sealed class RemoveViewPayloadType : ObjectGraphType<RemoveViewPayload>
{
    public RemoveViewPayloadType()
    {
        Name = "RemoveViewPayload";
        Description = "The removed view, or why nothing was removed.";
        Field<ViewType>("view").Description("The view as it was before removal; null when `errors` says why nothing was removed.").Resolve(ctx => ctx.Source.View);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ViewErrorType>>>>("errors").Description("Why nothing was removed; empty on success.")
            .Resolve(ctx => ctx.Source.Errors);
    }
}

/// <summary>GraphQL <c>ViewError</c>.</summary>
internal sealed class ViewErrorType : ObjectGraphType<ViewProblem>
{
    public ViewErrorType()
    {
        Name = "ViewError";
        Description = "Why a view was not saved or removed.";
        Field<NonNullGraphType<ViewErrorCodeType>>("code").Description("What kind of problem.").Resolve(ctx => ctx.Source.Kind);
        Field(p => p.Message).Description("What is wrong and how to fix it.");
    }
}

/// <summary>GraphQL <c>ViewErrorCode</c>.</summary>
internal sealed class ViewErrorCodeType : EnumerationGraphType<ViewProblemKind>
{
    public ViewErrorCodeType()
    {
        Name = "ViewErrorCode";
        Description = "Kinds of problems saving or removing a view.";
        Values["NAME_INVALID"]!.Description = ("The name is not usable in a URL.");
        Values["DOCUMENT_INVALID"]!.Description = ("The document does not parse or does not validate against the schema; the message says where.");
        Values["DOCUMENT_TAKEN"]!.Description = ("Another view has exactly this document.");
        Values["VIEW_NOT_FOUND"]!.Description = ("There is no view of that name.");
    }
}
