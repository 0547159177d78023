using CstoPress.Web.Feeds;

namespace CstoPress.Web.Pages.Sections;

public class SectionModel(PublicationRepository publications, KeptCatalog catalog) : ListingPageModel(publications)
{
    public SectionLink Section { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        if (await catalog.SectionBySlugAsync(slug, HttpContext.RequestAborted) is not { } section)
        {
            return NotFound();
        }

        Section = section;
        return await ListingAsync(
            new PublicationNarrowing { Language = Language, SectionId = section.Id },
            section.NameIn(Language),
            language => SiteLinks.Section(language, slug),
            (language, format) => FeedLinks.Section(language, section.Slug, format));
    }
}
