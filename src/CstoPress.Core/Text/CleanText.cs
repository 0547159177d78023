using System.Buffers;

namespace CstoPress.Core.Text;

/// <summary>
/// Removes what must never be stored or published: control characters other than line breaks and
/// tabs (PostgreSQL refuses NUL, XML 1.0 refuses the rest), non-characters such as U+FFFE, and
/// broken surrogate pairs left by a bad copy and paste. Everything a reader could see is kept.
/// </summary>
public static class CleanText
{
    /// <summary>
    /// Every char that could have to go, as the walk in <see cref="IsClean"/> judges it alone: the controls but line
    /// breaks and tabs, the non-characters, U+FFFD, and the surrogates (a pair stays, but only the walk tells a pair
    /// from a broken half).
    /// Feeds clean every title and body they carry, and nearly all text is clean, so the common answer comes from a
    /// vectorized search; walking every text rune by rune was 4% of a feed's CPU.
    /// </summary>
    private static readonly SearchValues<char> WorthALook = SearchValues.Create(CharsWorthALook());

    public static string Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (!text.AsSpan().ContainsAny(WorthALook) || IsClean(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsAllowed(rune) && rune != Rune.ReplacementChar)
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.ToString();
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsSurrogate(c))
            {
                if (!char.IsHighSurrogate(c) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }

                i++;
                continue;
            }

            if (!IsAllowed(new Rune(c)) || c == '\uFFFD')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllowed(Rune rune)
    {
        var value = rune.Value;
        if (value is '\n' or '\r' or '\t')
        {
            return true;
        }

        return !Rune.IsControl(rune)
               && value is not (>= 0xFDD0 and <= 0xFDEF)
               && (value & 0xFFFE) != 0xFFFE;
    }

    private static string CharsWorthALook()
    {
        var chars = new StringBuilder();
        for (var value = 0; value <= char.MaxValue; value++)
        {
            var c = (char)value;
            if (!IsClean(c.ToString()))
            {
                chars.Append(c);
            }
        }

        return chars.ToString();
    }
}
