using CstoPress.Data.Repositories.Organization;

namespace CstoPress.Web.Pages.Meetings;

public class MeetingModel(MeetingRepository meetings) : PublicPageModel
{
    public MeetingPage Entry { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string body, int number)
    {
        if (await meetings.MeetingPageAsync(body, number, Language, HttpContext.RequestAborted) is not { } page)
        {
            return NotFound();
        }

        Entry = page;
        CanonicalPath = SiteLinks.Meeting(Language, body, number);
        OtherLanguageUrl = SiteLinks.Meeting(Language.Other(), body, number);
        return Page();
    }
}
