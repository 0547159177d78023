using CstoPress.Web.Feeds;

namespace CstoPress.Web.Pages;

/// <summary>A newest-first listing walked with ?before= and ?after= cursors (all news, a section, a tag, a person).</summary>
public abstract class ListingPageModel(PublicationRepository publications) : PublicPageModel
{
    public const int PageSize = 10;

    [BindProperty(SupportsGet = true, Name = "before")]
    public string? Before { get; set; }

    [BindProperty(SupportsGet = true, Name = "after")]
    public string? After { get; set; }

    public ListingPage Listing { get; private set; } = new([], null, null);

    public bool IsFirstPage => Before is null && After is null;

    /// <summary>
    /// Shows one page of a listing: its canonical address, its feeds announced, the same listing in
    /// the other language for the switch. Not found when the cursor leads nowhere.
    /// </summary>
    protected async Task<IActionResult> ListingAsync(
        PublicationNarrowing narrowing, string feedTitle, Func<ContentLanguage, string> address, Func<ContentLanguage, FeedFormat, string> feed)
    {
        if (!await LoadListingAsync(narrowing))
        {
            return NotFound();
        }

        CanonicalPath = address(Language);
        ViewData.Announce(Text["FeedTitlePrefix"], feedTitle, format => feed(Language, format));
        OtherLanguageUrl = address(Language.Other());
        return Page();
    }

    /// <returns>False when the cursor is malformed or leads past either end: that page does not exist.</returns>
    protected async Task<bool> LoadListingAsync(PublicationNarrowing narrowing)
    {
        ListingCursor? cursor = null;
        var direction = ListingDirection.Older;
        if (Before is not null || After is not null)
        {
            if (Before is not null && After is not null)
            {
                return false;
            }

            direction = After is not null ? ListingDirection.Newer : ListingDirection.Older;
            if (!ListingCursor.TryParse(Before ?? After, out var parsed))
            {
                return false;
            }

            cursor = parsed;
        }

        Listing = await publications.ListingPageAsync(narrowing, cursor, direction, PageSize, HttpContext.RequestAborted);
        return IsFirstPage || !Listing.IsEmpty;
    }
}
