using CstoPress.Data.Repositories.Organization;

namespace CstoPress.Web.Pages.Meetings;

public class IndexModel(MeetingRepository meetings, TimeProvider time, PressOfficeTime officeTime) : PublicPageModel
{
    private const int RecentShown = 10;

    public IReadOnlyList<MeetingLine> Ahead { get; private set; } = [];

    public IReadOnlyList<MeetingLine> Recent { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var today = officeTime.Day(time.GetUtcNow());
        Ahead = await meetings.AheadAsync(today, HttpContext.RequestAborted);
        Recent = await meetings.RecentAsync(today, RecentShown, HttpContext.RequestAborted);
        CanonicalPath = SiteLinks.Meetings(Language);
        OtherLanguageUrl = SiteLinks.Meetings(Language.Other());
    }
}
