using CstoPress.Core.Publications;

namespace CstoPress.Web.DemoContent;

/// <summary>
/// Demonstration publications in the style of the press office's releases. Every text is written
/// for CstoPress and says so at its end; none is a copy of a real release.
/// </summary>
public static class DemoPublications
{
    /// <summary>The release that carries the demo picture.</summary>
    public const string ExerciseTitle = "Peacekeeping forces hold the demo exercise Indestructible Brotherhood";

    public static List<Publication> Create(OrganizationCatalog catalog, DateTimeOffset now)
    {
        var items = new DemoItems(catalog, now);
        return
        [
            .. DemoNews.DiplomacySchool(items), DemoSpeechesAndDocuments.UnDebateSpeech(items), .. DemoSpeechesAndDocuments.Resolution(items),
            DemoNews.Exercise(items), DemoNews.Statement(items), DemoSpeechesAndDocuments.Interview(items), DemoNews.Visit(items),
            .. DemoSpeechesAndDocuments.EarlierSecretariesGeneral(items), .. DemoNews.Ministers(items), DemoNews.Defence(items),
            DemoNews.Seminar(items), DemoNews.Future(items), DemoNews.Draft(items),
        ];
    }

    /// <summary>
    /// The (translation, original) pairs among the demo publications, matched by section, kind and date.
    /// An English text marked as our translation is the translation of the Russian one; otherwise the reverse.
    /// </summary>
    public static IEnumerable<(Publication Translation, Publication Original)> Translations(IReadOnlyList<Publication> publications) =>
        from ru in publications
        where ru.Language == ContentLanguage.Ru
        join en in publications.Where(p => p.Language == ContentLanguage.En)
            on new { Section = ru.Section!.Slug, ru.Kind, ru.PublishedAt } equals new { Section = en.Section!.Slug, en.Kind, en.PublishedAt }
        select en.Source.IsOurTranslation ? (en, ru) : (ru, en);
}
