namespace CstoPress.Web.Feeds;

/// <summary>
/// Atom and RSS feeds of everything, each section, kind, topic and person, and the corrections feed,
/// in English under /feeds and in Russian under /ru/feeds.
/// Withdrawn items leave the publication feeds (feed readers keep what they already fetched, and
/// re-sending an item as 'updated' would put a withdrawn text back in front of readers as new);
/// the withdrawal and its notice are announced in the corrections feed, next to the change notes.
/// </summary>
public static class FeedEndpoints
{
    public const int EntriesPerFeed = 50;

    /// <summary>Some feed readers and link checkers ask with HEAD first; the server leaves the body out.</summary>
    internal static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapFeedEndpoints(this IEndpointRouteBuilder endpoints)
    {
        foreach (var language in new[] { ContentLanguage.En, ContentLanguage.Ru })
        {
            var feeds = endpoints.MapGroup(SiteLinks.Prefix(language) + "/feeds").ExcludeFromDescription()
                .CacheOutput(PublicOutputCache.PolicyName);
            var office = FeedWriter.PressOffice(language);

            MapWholeFeeds(feeds, language, office);
            MapCatalogFeeds(feeds, language, office);
        }

        return endpoints;
    }

    /// <summary>Everything, a kind, and the corrections.</summary>
    private static void MapWholeFeeds(RouteGroupBuilder feeds, ContentLanguage language, string office)
    {
        var ru = language == ContentLanguage.Ru;
        feeds.MapMethods("/all.{format}", GetOrHead, (string format, HttpContext context, FeedRepository repository, FeedWriter writer) =>
            ServeAsync(context, format, repository, writer, new PublicationNarrowing { Language = language }, f => new FeedDescription(
                $"{language.Code()}/all", office + (ru ? " — все публикации" : " — all publications"), language, SiteLinks.AllNews(language), FeedLinks.All(language, f))));

        feeds.MapMethods("/kinds/{kind}.{format}", GetOrHead, (string kind, string format, HttpContext context, FeedRepository repository, FeedWriter writer) =>
            !PublicationKinds.TryParse(kind, out var parsed) || kind != parsed.Slug()
                ? Task.FromResult(Results.NotFound())
                : ServeAsync(context, format, repository, writer, new PublicationNarrowing { Language = language, Kind = parsed }, f => new FeedDescription(
                    $"{language.Code()}/kinds/{parsed.Slug()}", $"{office} — {KindTitle(parsed, language)}", language,
                    SiteLinks.AllNews(language), FeedLinks.Kind(language, parsed, f))));

        feeds.MapMethods("/changes.{format}", GetOrHead, async (string format, HttpContext context, FeedRepository repository, FeedWriter writer) =>
        {
            if (!FeedFormats.TryParse(format, out var feedFormat))
            {
                return Results.NotFound();
            }

            var corrections = await repository.CorrectionsAsync(language, EntriesPerFeed, context.RequestAborted);
            var description = new FeedDescription(
                $"{language.Code()}/changes", office + (ru ? " — исправления и отзывы публикаций" : " — corrections and withdrawals"),
                language, SiteLinks.AllNews(language), FeedLinks.Changes(language, feedFormat));
            var document = writer.Corrections(description, corrections, feedFormat, context.Request.Origin());
            return XmlResponses.Document(context, document, feedFormat.MediaType(), corrections.UpdatedAt);
        });
    }

    /// <summary>A section, a topic, a person: each 404 when the catalog does not know it.</summary>
    private static void MapCatalogFeeds(RouteGroupBuilder feeds, ContentLanguage language, string office)
    {
        var ru = language == ContentLanguage.Ru;
        feeds.MapMethods("/sections/{slug}.{format}", GetOrHead, async (string slug, string format, HttpContext context, CatalogRepository catalog, FeedRepository repository, FeedWriter writer) =>
        {
            var section = await catalog.SectionBySlugAsync(slug, context.RequestAborted);
            return section is null
                ? Results.NotFound()
                : await ServeAsync(context, format, repository, writer, new PublicationNarrowing { Language = language, SectionId = section.Id }, f => new FeedDescription(
                    $"{language.Code()}/sections/{section.Slug}", $"{office} — {section.NameIn(language)}", language,
                    SiteLinks.Section(language, section.Slug), FeedLinks.Section(language, section.Slug, f)));
        });

        feeds.MapMethods("/tags/{slug}.{format}", GetOrHead, async (string slug, string format, HttpContext context, CatalogRepository catalog, FeedRepository repository, FeedWriter writer) =>
        {
            var tag = await catalog.TagBySlugAsync(slug, context.RequestAborted);
            return tag is null
                ? Results.NotFound()
                : await ServeAsync(context, format, repository, writer, new PublicationNarrowing { Language = language, TagId = tag.Id }, f => new FeedDescription(
                    $"{language.Code()}/tags/{tag.Slug}", $"{office} — {tag.Name}", language, SiteLinks.Tag(language, tag.Slug), FeedLinks.Tag(language, tag.Slug, f)));
        });

        feeds.MapMethods("/people/{slug}.{format}", GetOrHead, async (string slug, string format, HttpContext context, CatalogRepository catalog, FeedRepository repository, FeedWriter writer) =>
        {
            var person = await catalog.PersonBySlugAsync(slug, context.RequestAborted);
            return person is null
                ? Results.NotFound()
                : await ServeAsync(context, format, repository, writer, new PublicationNarrowing { Language = language, PersonId = person.Id }, f => new FeedDescription(
                    $"{language.Code()}/people/{person.Slug}",
                    $"{office} — {person.NameIn(language)}" + (ru ? ": выступления и публикации" : ": speeches and publications"),
                    language, SiteLinks.Person(language, person.Slug), FeedLinks.Person(language, person.Slug, f)));
        });
    }

    private static async Task<IResult> ServeAsync(
        HttpContext context, string format, FeedRepository repository, FeedWriter writer, PublicationNarrowing narrowing, Func<FeedFormat, FeedDescription> describe)
    {
        if (!FeedFormats.TryParse(format, out var feedFormat))
        {
            return Results.NotFound();
        }

        var content = await repository.FeedAsync(narrowing, EntriesPerFeed, context.RequestAborted);
        var document = writer.Publications(describe(feedFormat), content, feedFormat, context.Request.Origin());
        return XmlResponses.Document(context, document, feedFormat.MediaType(), content.UpdatedAt);
    }

    private static string KindTitle(PublicationKind kind, ContentLanguage language) => (kind, language) switch
    {
        (PublicationKind.News, ContentLanguage.Ru) => "новости",
        (PublicationKind.PressRelease, ContentLanguage.Ru) => "пресс-релизы",
        (PublicationKind.Speech, ContentLanguage.Ru) => "выступления",
        (PublicationKind.Statement, ContentLanguage.Ru) => "заявления",
        (PublicationKind.Interview, ContentLanguage.Ru) => "интервью",
        (PublicationKind.Resolution, ContentLanguage.Ru) => "резолюции",
        (PublicationKind.News, _) => "news",
        (PublicationKind.PressRelease, _) => "press releases",
        (PublicationKind.Speech, _) => "speeches",
        (PublicationKind.Statement, _) => "statements",
        (PublicationKind.Interview, _) => "interviews",
        _ => "resolutions",
    };
}
