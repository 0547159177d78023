using CstoPress.Web.Feeds;

namespace CstoPress.Web.Pages.People;

public class PersonModel(PublicationRepository publications, CatalogRepository catalog) : ListingPageModel(publications)
{
    public PersonProfile Person { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        if (await catalog.PersonBySlugAsync(slug, HttpContext.RequestAborted) is not { } person)
        {
            return NotFound();
        }

        Person = person;
        return await ListingAsync(
            new PublicationNarrowing { Language = Language, PersonId = person.Id },
            person.NameIn(Language),
            language => SiteLinks.Person(language, slug),
            (language, format) => FeedLinks.Person(language, person.Slug, format));
    }
}
