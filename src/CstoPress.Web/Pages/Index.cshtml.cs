using CstoPress.Web.Feeds;

namespace CstoPress.Web.Pages;

public class IndexModel(PublicationRepository publications, KeptCatalog catalog) : PublicPageModel
{
    public const int LeadBlockSize = 5;
    public const int PerSection = 3;

    public IReadOnlyList<PublicationSummary> Latest { get; private set; } = [];
    public IReadOnlyList<SectionLatest> Sections { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        Latest = await publications.LatestAsync(Language, LeadBlockSize, cancellationToken);
        Sections = await publications.LatestPerSectionAsync(await catalog.SectionsAsync(cancellationToken), Language, PerSection, cancellationToken);
        CanonicalPath = SiteLinks.Home(Language);
        ViewData.Announce(Text["FeedTitlePrefix"], Text["FeedAllPublications"], format => FeedLinks.All(Language, format));
        OtherLanguageUrl = SiteLinks.Home(Language.Other());
    }
}
