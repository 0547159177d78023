namespace CstoPress.Web.Areas.Admin.Pages.Publications;

/// <summary>Deleted drafts, which an editor can open and restore.</summary>
public class TrashModel(EditorialDeskRepository desk) : PageModel
{
    public IReadOnlyList<EditorialSummary> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Items = await desk.TrashAsync(cancellationToken);
}
