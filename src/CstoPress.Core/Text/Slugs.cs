namespace CstoPress.Core.Text;

/// <summary>
/// Makes URL slugs from titles. Cyrillic is transliterated (a simplified GOST 7.79 / ICAO scheme
/// of our own, since no maintained .NET library covers Russian transliteration for URLs), so
/// Russian publications get readable Latin addresses.
/// </summary>
public static class Slugs
{
    public const int MaxLength = 80;

    private static readonly Dictionary<char, string> Cyrillic = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "e",
        ['ж'] = "zh", ['з'] = "z", ['и'] = "i", ['й'] = "i", ['к'] = "k", ['л'] = "l", ['м'] = "m",
        ['н'] = "n", ['о'] = "o", ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u",
        ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts", ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch", ['ъ'] = "",
        ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "iu", ['я'] = "ia",
        ['і'] = "i", ['ї'] = "i", ['є'] = "ie", ['ґ'] = "g", ['ә'] = "a", ['ғ'] = "g", ['қ'] = "q",
        ['ң'] = "n", ['ө'] = "o", ['ұ'] = "u", ['ү'] = "u", ['һ'] = "h",
    };

    public static string From(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        var pendingDash = false;
        foreach (var ch in CleanText.Of(text).ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            string? piece = null;
            if (Cyrillic.TryGetValue(ch, out var latin))
            {
                piece = latin;
            }
            else if (ch is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                piece = ch.ToString();
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (piece is null)
            {
                pendingDash = builder.Length > 0;
                continue;
            }

            if (piece.Length == 0)
            {
                continue;
            }

            if (pendingDash)
            {
                builder.Append('-');
                pendingDash = false;
            }

            builder.Append(piece);
        }

        return Trim(builder.ToString());
    }

    /// <summary>True for a slug as <see cref="From"/> makes them: lower-case Latin letters, digits and single dashes.</summary>
    public static bool IsWellFormed(string? slug) =>
        !string.IsNullOrEmpty(slug)
        && slug.Length <= MaxLength
        && slug.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-')
        && !slug.StartsWith('-') && !slug.EndsWith('-') && !slug.Contains("--", StringComparison.Ordinal);

    /// <summary>Cuts at a word boundary so that a long title does not end in half a word.</summary>
    private static string Trim(string slug)
    {
        if (slug.Length <= MaxLength)
        {
            return slug;
        }

        var cut = slug.LastIndexOf('-', MaxLength);
        return (cut > MaxLength / 2 ? slug[..cut] : slug[..MaxLength]).TrimEnd('-');
    }
}
