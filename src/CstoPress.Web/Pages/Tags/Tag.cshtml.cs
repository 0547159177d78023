using CstoPress.Web.Feeds;

namespace CstoPress.Web.Pages.Tags;

public class TagModel(PublicationRepository publications, CatalogRepository catalog) : ListingPageModel(publications)
{
    public TagLink Tag { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var tag = await catalog.TagBySlugAsync(slug, HttpContext.RequestAborted);
        if (tag is null || !await LoadListingAsync(new PublicationNarrowing { Language = Language, TagId = tag.Id }))
        {
            return NotFound();
        }

        Tag = tag;
        CanonicalPath = SiteLinks.Tag(Language, slug);
        ViewData.Announce(Text["FeedTitlePrefix"], tag.Name, format => FeedLinks.Tag(Language, tag.Slug, format));
        OtherLanguageUrl = SiteLinks.Tag(Language == ContentLanguage.Ru ? ContentLanguage.En : ContentLanguage.Ru, slug);
        return Page();
    }
}
