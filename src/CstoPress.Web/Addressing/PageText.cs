using System.Resources;
using CstoPress.Web.Localization;

namespace CstoPress.Web.Addressing;

/// <summary>
/// Names of the kinds of publication and of the languages as readers see them, from the site's
/// resource files, for code that knows the language but not the request (feeds, mails).
/// Views use <c>Text["Kind.News"]</c> directly.
/// </summary>
public static class PageText
{
    private static readonly ResourceManager Resources = new(typeof(SiteText).FullName!, typeof(SiteText).Assembly);

    public static string KindName(PublicationKind kind, ContentLanguage language) =>
        Resources.GetString($"Kind.{kind}", SiteCultures.For(language)) ?? kind.ToString();

    /// <summary>The name of <paramref name="language"/> written in <paramref name="shownIn"/>: 'Russian', 'Английский'.</summary>
    public static string LanguageName(ContentLanguage language, ContentLanguage shownIn) =>
        Resources.GetString($"LanguageName.{language.Code()}", SiteCultures.For(shownIn)) ?? language.Code();

    /// <summary>Any text of the site in <paramref name="language"/>, filled in with <paramref name="values"/>.</summary>
    public static string Of(string key, ContentLanguage language, params object[] values)
    {
        var culture = SiteCultures.For(language);
        var text = Resources.GetString(key, culture) ?? key;
        return values.Length == 0 ? text : string.Format(culture, text, values);
    }
}
