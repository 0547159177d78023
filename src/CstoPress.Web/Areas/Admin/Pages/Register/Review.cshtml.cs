using CstoPress.Core.Organization;
using CstoPress.Data.Repositories.Organization;

namespace CstoPress.Web.Areas.Admin.Pages.Register;

/// <summary>
/// The review of documents and meetings, by the rule publications follow (<see cref="RegisterReviewing"/>): a draft is
/// sent for review, and a second person of the press office approves it, which publishes it; the approved version is
/// the entry's first revision.
/// </summary>
public class ReviewModel(RegisterEditingRepository editing, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Kind { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    private string Actor => AuditTrail.ActorOf(User);

    public IActionResult OnGet() => Redirect(EditLink);

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken) =>
        ActAsync((review, _) => review.SubmitForReview(Actor), "sent for review", cancellationToken);

    public Task<IActionResult> OnPostApproveAsync(CancellationToken cancellationToken) =>
        ActAsync((review, now) => review.Approve(Actor, now), "approved", cancellationToken);

    public Task<IActionResult> OnPostReturnToDraftAsync(CancellationToken cancellationToken) =>
        ActAsync((review, _) => review.ReturnToDraft(), "returned to the drafts", cancellationToken);

    private string EditLink => RegisterNames.EditLink(EntryKind ?? RegisterEntryKind.Document, Id);

    private RegisterEntryKind? EntryKind => Kind switch
    {
        "document" => RegisterEntryKind.Document,
        "meeting" => RegisterEntryKind.Meeting,
        _ => null,
    };

    private async Task<IActionResult> ActAsync(Action<RegisterReview, DateTimeOffset> step, string action, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var entry = await LoadAsync(cancellationToken);
        if (entry is null)
        {
            return NotFound();
        }

        var (review, subject, snapshot, save) = entry.Value;
        try
        {
            step(review, now);
        }
        catch (RegisterRuleException rule)
        {
            TempData["Problem"] = rule.Message;
            return Redirect(EditLink);
        }

        RegisterRevision[] revisions = review.Status == RegisterStatus.Published ? [snapshot(Actor, now)] : [];
        var audit = AuditTrail.Entry(User, action, EntryKind!.Value, Id, subject, now);
        try
        {
            await save(revisions, audit, now);
        }
        catch (RegisterEditConflictException)
        {
            TempData["Problem"] = "Someone else changed this entry at the same moment; look at it again and repeat.";
            return Redirect(EditLink);
        }

        TempData["Notice"] = $"{subject} {action}.";
        return Redirect(EditLink);
    }

    private async Task<(RegisterReview Review, string Subject, Func<string, DateTimeOffset, RegisterRevision> Snapshot,
        Func<RegisterRevision[], Core.Auditing.AuditEntry, DateTimeOffset, Task> Save)?> LoadAsync(CancellationToken cancellationToken)
    {
        switch (EntryKind)
        {
            case RegisterEntryKind.Document when await editing.DocumentAsync(Id, cancellationToken) is { } document:
                return (document.Review, "Document " + document.Symbol, (by, now) => RegisterSnapshots.Of(document, document.Body?.Name, by, now),
                    (revisions, audit, now) =>
                    {
                        document.UpdatedAt = now;
                        return editing.SaveEditAsync(document, document.Version, revisions, [audit], cancellationToken);
                    });
            case RegisterEntryKind.Meeting when await editing.MeetingAsync(Id, cancellationToken) is { } meeting:
                var bodyName = meeting.Body?.Name ?? "";
                return (meeting.Review, $"Meeting {meeting.Number} of the {bodyName}", (by, now) => RegisterSnapshots.Of(meeting, bodyName, by, now),
                    (revisions, audit, now) =>
                    {
                        meeting.UpdatedAt = now;
                        return editing.SaveEditAsync(meeting, meeting.Version, revisions, [audit], cancellationToken);
                    });
            default:
                return null;
        }
    }
}
