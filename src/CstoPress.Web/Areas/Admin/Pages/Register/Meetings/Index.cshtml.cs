using CstoPress.Core.People;
using CstoPress.Data.Repositories.Organization;

namespace CstoPress.Web.Areas.Admin.Pages.Register.Meetings;

/// <summary>The meetings of every body (or one), whatever their review, newest first.</summary>
public class IndexModel(RegisterDeskRepository desk) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "body")]
    public int? Body { get; set; }

    public IReadOnlyList<DeskMeetingLine> Meetings { get; private set; } = [];

    public IReadOnlyList<OrganizationBody> Bodies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        Bodies = await desk.BodiesAsync(cancellationToken);
        Meetings = await desk.MeetingsAsync(Body, cancellationToken);
    }
}
