using System.Security.Cryptography;
using System.Text;

namespace KampungKB.Graph.Server.Partners.Views;

/// <summary>A saved document's id: <c>sha256:</c> and the lower-case hex SHA-256 of its UTF-8 text, as persisted-document clients compute it.</summary>
internal static class SavedDocumentHash
{
    public const string Prefix = "sha256:";

    public static string Of(string body) => Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
}
