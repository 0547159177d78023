using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace CstoPress.Web.Publishing;

/// <summary>
/// Secrets for preview links: 256 random bits, sent once in the link; the database keeps only their
/// SHA-256, so a copy of the database opens no drafts.
/// </summary>
public static class PreviewTokens
{
    public static string NewToken() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
