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
        var writer = new DemoWriter(catalog, now);

        // In the order they are saved, which gives them their ids.
        return
        [
            .. DemoNews.DiplomacySchool(writer),
            DemoSpeeches.UnitedNationsDebate(writer),
            .. DemoDocuments.Resolution(writer),
            DemoNews.Exercise(writer),
            DemoDocuments.Statement(writer),
            DemoSpeeches.Interview(writer),
            DemoNews.Visit(writer),
            DemoSpeeches.SecurityCouncilSecretaries(writer),
            DemoSpeeches.EurasianSecurityConference(writer),
            .. DemoNews.ForeignMinisters(writer),
            DemoNews.DefenceMinisters(writer),
            DemoNews.InformationSecuritySeminar(writer),
            DemoNews.Scheduled(writer),
            DemoNews.Draft(writer),
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
