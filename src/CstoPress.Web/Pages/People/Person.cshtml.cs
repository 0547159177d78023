using CstoPress.Web.Feeds;

namespace CstoPress.Web.Pages.People;

public class PersonModel(PublicationRepository publications, CatalogRepository catalog) : ListingPageModel(publications)
{
    public PersonProfile Person { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var person = await catalog.PersonBySlugAsync(slug, HttpContext.RequestAborted);
        if (person is null || !await LoadListingAsync(new PublicationNarrowing { Language = Language, PersonId = person.Id }))
        {
            return NotFound();
        }

        Person = person;
        CanonicalPath = SiteLinks.Person(Language, slug);
        ViewData.Announce(Text["FeedTitlePrefix"], person.NameIn(Language), format => FeedLinks.Person(Language, person.Slug, format));
        OtherLanguageUrl = SiteLinks.Person(Language == ContentLanguage.Ru ? ContentLanguage.En : ContentLanguage.Ru, slug);
        return Page();
    }
}
