namespace CstoPress.Core.Text;

/// <summary>Tells Russian from English by the share of Cyrillic among the letters.</summary>
public static class ParagraphLanguage
{
    public static ContentLanguage Of(string text)
    {
        int letters = 0, cyrillic = 0;
        foreach (var ch in text)
        {
            if (!char.IsLetter(ch))
            {
                continue;
            }

            letters++;
            if (ch is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
            }
        }

        return letters > 0 && cyrillic * 2 > letters ? ContentLanguage.Ru : ContentLanguage.En;
    }
}
