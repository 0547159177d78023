using CstoPress.Data.Repositories.Organization;

namespace CstoPress.Web.Areas.Admin.Pages.Register;

/// <summary>The register's desk: what waits for a second person's approval, the drafts, and the way to each list.</summary>
public class IndexModel(RegisterDeskRepository desk) : PageModel
{
    public RegisterQueue Queue { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Queue = await desk.QueueAsync(cancellationToken);
}
