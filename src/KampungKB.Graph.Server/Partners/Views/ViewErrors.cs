namespace KampungKB.Graph.Server.Partners.Views;

/// <summary>The <c>extensions.code</c> values of <c>/views/{name}</c> besides the shared ones.</summary>
internal static class ViewErrors
{
    /// <summary>No view of that name (404).</summary>
    public const string ViewNotFound = "VIEW_NOT_FOUND";
    /// <summary><c>?format=</c> other than <c>csv</c> or <c>json</c> (400).</summary>
    public const string InvalidFormat = "INVALID_FORMAT";
}
