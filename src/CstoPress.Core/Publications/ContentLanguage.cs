namespace CstoPress.Core.Publications;

/// <summary>The two working languages of the portal. Stored as the ISO 639-1 code.</summary>
public enum ContentLanguage
{
    En = 0,
    Ru = 1,
}

public static class ContentLanguages
{
    public static string Code(this ContentLanguage language) => language == ContentLanguage.Ru ? "ru" : "en";

    /// <summary>The other working language: the one a translation of an item in this language is in.</summary>
    public static ContentLanguage Other(this ContentLanguage language) => language == ContentLanguage.Ru ? ContentLanguage.En : ContentLanguage.Ru;

    public static bool TryParse(string? code, out ContentLanguage language)
    {
        switch (code?.Trim().ToLowerInvariant())
        {
            case "en":
                language = ContentLanguage.En;
                return true;
            case "ru":
                language = ContentLanguage.Ru;
                return true;
            default:
                language = ContentLanguage.En;
                return false;
        }
    }
}
