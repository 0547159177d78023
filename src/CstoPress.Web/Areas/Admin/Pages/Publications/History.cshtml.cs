using CstoPress.Core.Auditing;
using CstoPress.Core.Publications;
using CstoPress.Data.Repositories.Editorial;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CstoPress.Web.Areas.Admin.Pages.Publications;

/// <summary>Every save of a published item, each compared with the one before it, and a way back to any of them.</summary>
public class HistoryModel(EditorialRepository editorial, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public Publication Publication { get; private set; } = null!;

    public IReadOnlyList<PublicationRevision> Revisions { get; private set; } = [];

    public IReadOnlyList<AuditEntry> Events { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await editorial.ByIdAsync(Id, cancellationToken) is not { } publication)
        {
            return NotFound();
        }

        Publication = publication;
        Revisions = await editorial.RevisionsAsync(Id, cancellationToken);
        Events = await editorial.AuditLogAsync(Id, 200, cancellationToken);
        return Page();
    }

    /// <summary>Brings back a revision's text; the current text is kept as a revision first, so nothing is lost.</summary>
    public async Task<IActionResult> OnPostRestoreAsync(long revisionId, CancellationToken cancellationToken)
    {
        var publication = await editorial.ForEditingAsync(Id, cancellationToken);
        var revision = await editorial.RevisionAsync(Id, revisionId, cancellationToken);
        if (publication is null || revision is null)
        {
            return NotFound();
        }

        var now = time.GetUtcNow();
        var actor = AuditTrail.ActorOf(User);
        editorial.Add(new PublicationRevision { PublicationId = Id, SavedAt = now, SavedBy = actor, Title = publication.Title, Lead = publication.Lead, Body = publication.Body });
        publication.Title = revision.Title;
        publication.Lead = revision.Lead;
        publication.Body = revision.Body;
        publication.UpdatedAt = now;
        editorial.Add(new PublicationRevision { PublicationId = Id, SavedAt = now.AddTicks(1), SavedBy = actor, Title = revision.Title, Lead = revision.Lead, Body = revision.Body });
        editorial.Record(AuditTrail.Entry(User, "restored a revision", publication, now, $"revision of {revision.SavedAt:u} by {revision.SavedBy}"));
        try
        {
            await editorial.SaveAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Problem"] = "Someone else changed this item at the same moment; look at it again and repeat.";
            return RedirectToPage(new { id = Id });
        }

        TempData["Notice"] = "The revision was restored.";
        return RedirectToPage("Edit", new { id = Id });
    }
}
