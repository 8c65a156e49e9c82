using System.Security.Cryptography;
using System.Text;

namespace KampungKB.Graph.Server.Partners;

/// <summary>API key secrets: 256 random bits, shown once; the database keeps their SHA-256 only.</summary>
internal static class ApiKeySecret
{
    private const string Prefix = "kkb_";

    /// <summary>A new secret, e.g. <c>kkb_3q2...</c> (base64url, no padding).</summary>
    public static string New() =>
        Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Whether <paramref name="secret"/> has the shape <see cref="New"/> gives every key (so it is worth looking up).</summary>
    public static bool IsWellFormed(string secret) =>
        secret.Length == Prefix.Length + 43 && secret.StartsWith(Prefix, StringComparison.Ordinal)
        && secret.AsSpan(Prefix.Length).IndexOfAnyExcept(Base64UrlAlphabet) < 0;

    private static readonly System.Buffers.SearchValues<char> Base64UrlAlphabet =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    /// <summary>Lower-case hex SHA-256 of the secret as sent. A fast hash suffices: the secret is random, not a password.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>The first characters, shown in <c>keys list</c> to tell keys apart.</summary>
    public static string Display(string secret) => secret[..Math.Min(secret.Length, 10)];
}
