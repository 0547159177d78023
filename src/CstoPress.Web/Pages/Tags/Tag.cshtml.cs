using CstoPress.Web.Feeds;

namespace CstoPress.Web.Pages.Tags;

public class TagModel(PublicationRepository publications, CatalogRepository catalog) : ListingPageModel(publications)
{
    public TagLink Tag { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        if (await catalog.TagBySlugAsync(slug, HttpContext.RequestAborted) is not { } tag)
        {
            return NotFound();
        }

        Tag = tag;
        return await ListingAsync(
            new PublicationNarrowing { Language = Language, TagId = tag.Id },
            tag.Name,
            language => SiteLinks.Tag(language, slug),
            (language, format) => FeedLinks.Tag(language, tag.Slug, format));
    }
}
