using System.Security.Cryptography;

namespace CstoPress.Core.Journalists;

/// <summary>
/// The short codes that tell whose copy of an embargoed item a text came from. Letters and digits that
/// cannot be mistaken for one another when read back from a screenshot or a printout.
/// </summary>
public static partial class RecipientCodes
{
    public const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    public const int Length = 8;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>How a code is printed in a copy's footer: with a prefix, so it can be found again in a pasted text.</summary>
    public static string Printed(string code) => "R-" + code;

    /// <summary>The codes in a text: printed ones anywhere in it, or the text itself when it is a bare code.</summary>
    public static IReadOnlyList<string> FoundIn(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var bare = text.Trim().ToUpperInvariant();
        if (bare.Length == Length && bare.All(Alphabet.Contains))
        {
            return [bare];
        }

        return PrintedCode().Matches(text).Select(m => m.Groups["code"].Value.ToUpperInvariant()).Distinct().ToList();
    }

    [GeneratedRegex(@"\bR-(?<code>[A-HJ-NP-Za-hj-np-z2-9]{8})\b")]
    private static partial Regex PrintedCode();
}
