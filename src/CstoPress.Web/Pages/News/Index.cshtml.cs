using CstoPress.Web.Feeds;

namespace CstoPress.Web.Pages.News;

public class IndexModel(PublicationRepository publications) : ListingPageModel(publications)
{
    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadListingAsync(new PublicationNarrowing { Language = Language }))
        {
            return NotFound();
        }

        CanonicalPath = SiteLinks.AllNews(Language);
        ViewData.Announce(Text["FeedTitlePrefix"], Text["FeedAllPublications"], format => FeedLinks.All(Language, format));
        OtherLanguageUrl = SiteLinks.AllNews(Language == ContentLanguage.Ru ? ContentLanguage.En : ContentLanguage.Ru);
        return Page();
    }
}
