using CstoPress.Web.Feeds;

namespace CstoPress.Web.Pages.News;

public class IndexModel(PublicationRepository publications) : ListingPageModel(publications)
{
    public Task<IActionResult> OnGetAsync() => ListingAsync(
        new PublicationNarrowing { Language = Language },
        Text["FeedAllPublications"],
        SiteLinks.AllNews,
        FeedLinks.All);
}
