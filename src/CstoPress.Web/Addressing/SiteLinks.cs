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

    public static string Bodies(ContentLanguage language) => Prefix(language) + "/bodies";

    public static string Body(ContentLanguage language, string slug) => $"{Prefix(language)}/bodies/{Uri.EscapeDataString(slug)}";

    public static string Meetings(ContentLanguage language) => Prefix(language) + "/meetings";

    public static string Meeting(ContentLanguage language, string bodySlug, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix(language)}/meetings/{Uri.EscapeDataString(bodySlug)}/{number}");

    /// <summary>The calendar of meetings as iCalendar, for journalists' calendar applications.</summary>
    public static string MeetingCalendar(ContentLanguage language) => Prefix(language) + "/meetings/calendar.ics";

    public static string Documents(ContentLanguage language) => Prefix(language) + "/documents";

    /// <summary>
    /// A document's stable address, built on its symbol: the slashes of a symbol stay slashes (the route takes
    /// the rest of the path), each part between them is escaped.
    /// </summary>
    public static string Document(ContentLanguage language, string symbol) =>
        $"{Prefix(language)}/documents/{string.Join('/', symbol.Split('/').Select(Uri.EscapeDataString))}";

    public static string DocumentFile(int id, string fileName) =>
        string.Create(CultureInfo.InvariantCulture, $"/document-files/{id}/{Uri.EscapeDataString(fileName)}");
}
