using CstoPress.Web.Feeds;

namespace CstoPress.Web.Pages.Sections;

public class SectionModel(PublicationRepository publications, CatalogRepository catalog) : ListingPageModel(publications)
{
    public SectionLink Section { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var section = await catalog.SectionBySlugAsync(slug, HttpContext.RequestAborted);
        if (section is null || !await LoadListingAsync(new PublicationNarrowing { Language = Language, SectionId = section.Id }))
        {
            return NotFound();
        }

        Section = section;
        CanonicalPath = SiteLinks.Section(Language, slug);
        ViewData.Announce(Text["FeedTitlePrefix"], section.NameIn(Language), format => FeedLinks.Section(Language, section.Slug, format));
        OtherLanguageUrl = SiteLinks.Section(Language == ContentLanguage.Ru ? ContentLanguage.En : ContentLanguage.Ru, slug);
        return Page();
    }
}
