using CstoPress.Core.Auditing;

namespace CstoPress.Web.Areas.Admin.Pages;

/// <summary>Who created, edited, published, scheduled, withdrew or deleted what, and when. Admins only.</summary>
public class AuditModel(EditorialDeskRepository desk) : PageModel
{
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Entries = await desk.AuditLogAsync(null, 500, cancellationToken);
}
