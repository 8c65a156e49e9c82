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

    /// <summary>Lower-case hex SHA-256 of the secret as sent. A fast hash suffices: the secret is random, not a password.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>The first characters, shown in <c>keys list</c> to tell keys apart.</summary>
    public static string Display(string secret) => secret[..Math.Min(secret.Length, 10)];
}
