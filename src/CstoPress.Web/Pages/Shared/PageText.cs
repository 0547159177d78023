using CstoPress.Core.Publications;

namespace CstoPress.Web.Pages.Shared;

/// <summary>Names of the kinds of publication as readers see them.</summary>
public static class PageText
{
    public static string KindName(PublicationKind kind, ContentLanguage language) => (kind, language) switch
    {
        (PublicationKind.News, ContentLanguage.Ru) => "Новость",
        (PublicationKind.PressRelease, ContentLanguage.Ru) => "Пресс-релиз",
        (PublicationKind.Speech, ContentLanguage.Ru) => "Выступление",
        (PublicationKind.Statement, ContentLanguage.Ru) => "Заявление",
        (PublicationKind.Interview, ContentLanguage.Ru) => "Интервью",
        (PublicationKind.Resolution, ContentLanguage.Ru) => "Резолюция",
        (PublicationKind.PressRelease, _) => "Press release",
        _ => kind.ToString(),
    };

    public static string LanguageName(ContentLanguage language, ContentLanguage shownIn) => (language, shownIn) switch
    {
        (ContentLanguage.Ru, ContentLanguage.Ru) => "русском",
        (ContentLanguage.En, ContentLanguage.Ru) => "английском",
        (ContentLanguage.Ru, _) => "Russian",
        _ => "English",
    };
}
