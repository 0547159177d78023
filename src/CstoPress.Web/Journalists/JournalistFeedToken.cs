using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace CstoPress.Web.Journalists;

/// <summary>
/// The secret in a journalist's personal feed address: 256 random bits, shown to the journalist once.
/// The database keeps only its SHA-256 (lowercase hex), so a copy of the database opens no feed.
/// </summary>
public static class JournalistFeedToken
{
    public const string PathPrefix = "/journalists/feed/";

    public static string New() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static string Address(string site, string token) => site + PathPrefix + token;
}
