using System.Text;
using System.Xml;

namespace CstoPress.Web.Feeds;

/// <summary>
/// Removes the characters XML 1.0 cannot carry at all (U+0001, U+FFFE, a lone surrogate...), which
/// a pasted text may hold. XmlWriter can only refuse them (CheckCharacters) or write a document no
/// reader will parse; the press office wants the feed, so they are dropped before writing.
/// Markup and ']]>' need nothing here: XmlWriter escapes them as ordinary text.
/// </summary>
public static class XmlSafeText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (IsClean(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (XmlConvert.IsXmlChar(ch))
            {
                builder.Append(ch);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], ch))
            {
                builder.Append(ch).Append(text[i + 1]);
                i++;
            }
        }

        return builder.ToString();
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                continue;
            }

            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                i++;
                continue;
            }

            return false;
        }

        return true;
    }
}
