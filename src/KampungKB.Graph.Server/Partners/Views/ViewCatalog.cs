using System.Text.RegularExpressions;
using KampungKB.Graph.Data;
using KampungKB.Graph.Data.Partners;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Server.Partners.Views;

/// <summary>Why a view or document was not saved or removed.</summary>
internal enum ViewProblemKind
{
    NameInvalid,
    DocumentInvalid,
    DocumentTaken,
    ViewNotFound,
}

/// <summary>One reason a save or remove was refused, with a message a person can act on.</summary>
internal sealed record ViewProblem(ViewProblemKind Kind, string Message);

/// <summary>The outcome of a save: the saved document, whether it replaced a view's earlier document, or the problems.</summary>
internal sealed record SaveOutcome(SavedDocument? Document, bool Replaced, IReadOnlyList<ViewProblem> Problems)
{
    public static SaveOutcome Refused(ViewProblemKind kind, params IEnumerable<string> messages) =>
        new(null, false, messages.Select(m => new ViewProblem(kind, m)).ToList());
}

/// <summary>
/// Saves and removes views and persisted documents; the CLI and the admin mutations both come here. A document, once saved,
/// keeps its hash: replacing a view points the name at a new document and leaves the old one reachable by its <c>documentId</c>.
/// </summary>
internal static partial class ViewCatalog
{
    public const int MaxNameLength = 100;

    /// <summary>Why <paramref name="name"/> cannot name a view (it appears in URLs), or null.</summary>
    public static string? NameProblem(string name) =>
        NamePattern().IsMatch(name) && name.Length <= MaxNameLength
            ? null
            : $"A view name is 1-{MaxNameLength} letters, digits, '-', '_' or '.', starting with a letter or digit (it becomes /views/NAME); got '{Shorten(name)}'.";

    /// <summary>Saves <paramref name="body"/> as the view <paramref name="name"/>, replacing the view's earlier document if any.</summary>
    public static async Task<SaveOutcome> SaveViewAsync(IServiceProvider services, string name, string body, string savedBy, CancellationToken ct)
    {
        if (NameProblem(name) is { } nameProblem) return SaveOutcome.Refused(ViewProblemKind.NameInvalid, nameProblem);
        if (await SavedDocumentCheck.ProblemsAsync(body, asView: true, services, ct) is { Count: > 0 } problems)
            return SaveOutcome.Refused(ViewProblemKind.DocumentInvalid, problems);

        var db = services.GetRequiredService<KampungKbDbContext>();
        var hash = SavedDocumentHash.Of(body);
        var current = await db.SavedDocuments.FirstOrDefaultAsync(d => d.Name == name, ct);
        if (current?.Hash == hash) return new(current, false, []);
        var same = await db.SavedDocuments.FirstOrDefaultAsync(d => d.Hash == hash, ct);
        if (same?.Name is { } otherView)
            return SaveOutcome.Refused(ViewProblemKind.DocumentTaken,
                $"The view '{otherView}' has exactly this document already; fetch that one, or make this one differ (e.g. name its operation).");

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (current is not null)
        {
            // Free the name first: it is unique, and the database checks each statement.
            current.Name = null;
            await db.SaveChangesAsync(ct);
        }
        var saved = same ?? db.SavedDocuments.Add(new SavedDocument { Hash = hash, Body = body, SavedBy = savedBy }).Entity;
        saved.Name = name;
        saved.SavedBy = savedBy;
        saved.SavedAt = DateTime.UtcNow;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new(saved, current is not null, []);
    }

    /// <summary>Removes the view <paramref name="name"/> and its document; null when there is no such view.</summary>
    public static async Task<SavedDocument?> RemoveViewAsync(IServiceProvider services, string name, CancellationToken ct)
    {
        var db = services.GetRequiredService<KampungKbDbContext>();
        var view = await db.SavedDocuments.FirstOrDefaultAsync(d => d.Name == name, ct);
        if (view is null) return null;
        db.SavedDocuments.Remove(view);
        await db.SaveChangesAsync(ct);
        return view;
    }

    /// <summary>Saves <paramref name="body"/> as an unnamed persisted document (any operations); an identical one is kept as it is.</summary>
    public static async Task<SaveOutcome> SaveDocumentAsync(IServiceProvider services, string body, string savedBy, CancellationToken ct)
    {
        if (await SavedDocumentCheck.ProblemsAsync(body, asView: false, services, ct) is { Count: > 0 } problems)
            return SaveOutcome.Refused(ViewProblemKind.DocumentInvalid, problems);
        var db = services.GetRequiredService<KampungKbDbContext>();
        var hash = SavedDocumentHash.Of(body);
        if (await db.SavedDocuments.FirstOrDefaultAsync(d => d.Hash == hash, ct) is { } existing) return new(existing, false, []);
        var saved = db.SavedDocuments.Add(new SavedDocument { Hash = hash, Body = body, SavedBy = savedBy, SavedAt = DateTime.UtcNow }).Entity;
        await db.SaveChangesAsync(ct);
        return new(saved, false, []);
    }

    /// <summary>Removes the unnamed persisted document <paramref name="hash"/>; a view's document is refused (remove the view instead).</summary>
    public static async Task<(SavedDocument? Removed, string? Problem)> RemoveDocumentAsync(IServiceProvider services, string hash, CancellationToken ct)
    {
        var db = services.GetRequiredService<KampungKbDbContext>();
        var document = await db.SavedDocuments.FirstOrDefaultAsync(d => d.Hash == hash, ct);
        if (document is null)
            return (null, $"No document with the id '{Shorten(hash)}'; documents list shows them.");
        if (document.Name is { } view)
            return (null, $"'{Shorten(hash)}' is the document of the view '{view}': remove the view (views remove {view}).");
        db.SavedDocuments.Remove(document);
        await db.SaveChangesAsync(ct);
        return (document, null);
    }

    /// <summary>Every saved document, views and unnamed ones, oldest first.</summary>
    public static Task<List<SavedDocument>> ListDocumentsAsync(KampungKbDbContext db, CancellationToken ct) =>
        db.SavedDocuments.AsNoTracking().OrderBy(d => d.SavedAt).ThenBy(d => d.Id).ToListAsync(ct);

    /// <summary>The views, by name.</summary>
    public static Task<List<SavedDocument>> ListAsync(KampungKbDbContext db, CancellationToken ct) =>
        db.SavedDocuments.AsNoTracking().Where(d => d.Name != null).OrderBy(d => d.Name).ToListAsync(ct);

    private static string Shorten(string text) => text.Length > 64 ? text[..64] + "..." : text;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]*$")]
    private static partial Regex NamePattern();
}
