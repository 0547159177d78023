using CstoPress.Core.Publications;
using CstoPress.Data.Repositories;
using Microsoft.AspNetCore.Mvc;

namespace CstoPress.Web.Pages.News;

public class IndexModel(PublicationRepository publications) : ListingPageModel(publications)
{
    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadListingAsync(new ListingFilter(Language)))
        {
            return NotFound();
        }

        CanonicalPath = SiteLinks.AllNews(Language);
        OtherLanguageUrl = SiteLinks.AllNews(Language == ContentLanguage.Ru ? ContentLanguage.En : ContentLanguage.Ru);
        return Page();
    }
}
