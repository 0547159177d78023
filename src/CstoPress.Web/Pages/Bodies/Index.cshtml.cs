using CstoPress.Core.People;
using CstoPress.Data.Repositories.Organization;

namespace CstoPress.Web.Pages.Bodies;

public class IndexModel(BodyRepository bodies, TimeProvider time, PressOfficeTime officeTime) : PublicPageModel
{
    public IReadOnlyList<OrganizationBody> Bodies { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        Bodies = await bodies.BodiesAsync(HttpContext.RequestAborted);
        Today = officeTime.Day(time.GetUtcNow());
        CanonicalPath = SiteLinks.Bodies(Language);
        OtherLanguageUrl = SiteLinks.Bodies(Language.Other());
    }
}
