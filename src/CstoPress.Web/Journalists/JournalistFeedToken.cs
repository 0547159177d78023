using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;

namespace CstoPress.Web.Journalists;

/// <summary>
/// A new secret for a journalist's personal feed address (<see cref="EmbargoFeed"/>): 256 random bits,
/// shown to the journalist once; only <see cref="EmbargoFeed.HashOf"/> of it is stored.
/// </summary>
public static class JournalistFeedToken
{
    public static string New() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Address(string site, string token) => site + EmbargoFeed.PathPrefix + token;
}
