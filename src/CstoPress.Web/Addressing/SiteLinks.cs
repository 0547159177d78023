namespace CstoPress.Web.Addressing;

/// <summary>The portal's addresses, in one place, for either language. The URL scheme is public: keep it.</summary>
public static class SiteLinks
{
    public static string Prefix(ContentLanguage language) => language == ContentLanguage.Ru ? "/ru" : "";

    public static string Home(ContentLanguage language) => language == ContentLanguage.Ru ? "/ru" : "/";

    public static string AllNews(ContentLanguage language) => Prefix(language) + "/news";

    public static string Publication(ContentLanguage language, string slug) => $"{Prefix(language)}/news/{Uri.EscapeDataString(slug)}";

    public static string Section(ContentLanguage language, string slug) => $"{Prefix(language)}/sections/{Uri.EscapeDataString(slug)}";

    public static string Person(ContentLanguage language, string slug) => $"{Prefix(language)}/people/{Uri.EscapeDataString(slug)}";

    public static string Tag(ContentLanguage language, string slug) => $"{Prefix(language)}/tags/{Uri.EscapeDataString(slug)}";

    public static string ArchiveYear(ContentLanguage language, int year) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Prefix(language)}/news/{year}");

    public static string ArchiveMonth(ContentLanguage language, int year, int month) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Prefix(language)}/news/{year}/{month:00}");

    public static string Search(ContentLanguage language) => Prefix(language) + "/search";

    public static string Image(Guid imageId) => $"/media/{imageId:N}";

    /// <summary>Where a journalist asks to be accredited.</summary>
    public static string JournalistRegistration(ContentLanguage language) => Prefix(language) + "/journalists/register";

    /// <summary>An accredited journalist's own page.</summary>
    public static string JournalistAccreditation(ContentLanguage language) => Prefix(language) + "/journalists/accreditation";
}
