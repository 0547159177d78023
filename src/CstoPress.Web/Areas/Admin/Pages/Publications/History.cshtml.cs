using CstoPress.Core.Auditing;

namespace CstoPress.Web.Areas.Admin.Pages.Publications;

/// <summary>Every save of a published item, each compared with the one before it, and a way back to any of them.</summary>
public class HistoryModel(PublicationEditingRepository editing, EditorialDeskRepository desk, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public Publication Publication { get; private set; } = null!;

    public IReadOnlyList<PublicationRevision> Revisions { get; private set; } = [];

    public IReadOnlyList<AuditEntry> Events { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await editing.ByIdAsync(Id, cancellationToken) is not { } publication)
        {
            return NotFound();
        }

        Publication = publication;
        Revisions = await editing.RevisionsAsync(Id, cancellationToken);
        Events = await desk.AuditLogAsync(Id, 200, cancellationToken);
        return Page();
    }

    /// <summary>Brings back a revision's text; the current text is kept as a revision first, so nothing is lost.</summary>
    public async Task<IActionResult> OnPostRestoreAsync(long revisionId, CancellationToken cancellationToken)
    {
        var publication = await editing.ForEditingAsync(Id, cancellationToken);
        var revision = await editing.RevisionAsync(Id, revisionId, cancellationToken);
        if (publication is null || revision is null)
        {
            return NotFound();
        }

        var now = time.GetUtcNow();
        var trail = publication.RestoreRevision(revision, AuditTrail.ActorOf(User), now);
        var entry = AuditTrail.Entry(User, "restored a revision", publication, now, $"revision of {revision.SavedAt:u} by {revision.SavedBy}");
        try
        {
            await editing.SaveStepAsync(publication, trail, entry, cancellationToken);
        }
        catch (PublicationEditConflictException)
        {
            TempData["Problem"] = "Someone else changed this item at the same moment; look at it again and repeat.";
            return RedirectToPage(new { id = Id });
        }

        TempData["Notice"] = "The revision was restored.";
        return RedirectToPage("Edit", new { id = Id });
    }
}
