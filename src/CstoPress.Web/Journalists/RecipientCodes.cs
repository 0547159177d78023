using System.Security.Cryptography;

namespace CstoPress.Web.Journalists;

/// <summary>
/// The code printed on every embargoed copy a journalist receives. Its letters are ones that cannot be
/// mistaken for each other (no 0 and O, no 1 and I), so a code read from a leaked printout or over the
/// phone comes out right.
/// </summary>
public static class RecipientCodes
{
    public const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    public const int Length = 8;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);
}
