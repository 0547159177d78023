using CstoPress.Core.Auditing;
using CstoPress.Core.Organization;
using CstoPress.Data.Repositories.Organization;

namespace CstoPress.Web.Areas.Admin.Pages.Register;

/// <summary>Every version of a register entry the public has seen, each compared with the one before, and its audit entries.</summary>
public class HistoryModel(RegisterDeskRepository desk) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Kind { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public RegisterEntryKind EntryKind { get; private set; }

    public string Subject { get; private set; } = "";

    public IReadOnlyList<RegisterRevision> Revisions { get; private set; } = [];

    public IReadOnlyList<AuditEntry> Events { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<RegisterEntryKind>(Kind, ignoreCase: true, out var kind) || int.TryParse(Kind, out _))
        {
            return NotFound();
        }

        EntryKind = kind;
        Revisions = await desk.RevisionsAsync(kind, Id, cancellationToken);
        Events = await desk.AuditOfAsync(kind, Id, cancellationToken);
        if (Revisions.Count == 0 && Events.Count == 0)
        {
            return NotFound();
        }

        Subject = Events.Count > 0 ? Events[0].Subject : Revisions[0].Title;
        return Page();
    }
}
