using CstoPress.Core.People;
using CstoPress.Data.Repositories.Organization;

namespace CstoPress.Web.Areas.Admin.Pages.Register.Bodies;

/// <summary>The Organization's bodies in the Charter's order, each with its edit page.</summary>
public class IndexModel(RegisterDeskRepository desk) : PageModel
{
    public IReadOnlyList<OrganizationBody> Bodies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Bodies = await desk.BodiesAsync(cancellationToken);
}
