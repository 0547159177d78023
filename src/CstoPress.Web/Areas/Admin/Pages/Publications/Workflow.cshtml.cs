using CstoPress.Core.Journalists;

namespace CstoPress.Web.Areas.Admin.Pages.Publications;

/// <summary>
/// The workflow steps taken on the item as stored, without the form's fields: approving, sending back,
/// withdrawing, unpublishing, deleting and restoring, putting under embargo. Each rule is <see cref="PublishingWorkflow"/>'s.
/// </summary>
public class WorkflowModel(PublicationEditingRepository editing, TimeProvider time, IOptions<Web.Alerts.AlertOptions> alerts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public string? WithdrawalReason { get; set; }

    [BindProperty]
    public string? ReplacementSlug { get; set; }

    [BindProperty]
    public string? EmbargoNote { get; set; }

    private string Actor => AuditTrail.ActorOf(User);

    public IActionResult OnGet() => RedirectToPage("Edit", new { id = Id });

    public Task<IActionResult> OnPostApproveAsync(CancellationToken cancellationToken) =>
        ActAsync((p, now) => p.Approve(Actor, now), "approved", cancellationToken);

    public Task<IActionResult> OnPostReturnToDraftAsync(CancellationToken cancellationToken) =>
        ActAsync((p, now) => p.ReturnToDraft(now), "returned to the drafts", cancellationToken);

    public Task<IActionResult> OnPostWithdrawAsync(CancellationToken cancellationToken) =>
        ActAsync((p, now) => p.Withdraw(WithdrawalReason ?? "", now), "withdrew", cancellationToken);

    public Task<IActionResult> OnPostUnpublishAsync(CancellationToken cancellationToken) =>
        ActAsync((p, now) => p.UnpublishAsError(now), "unpublished, published in error", cancellationToken);

    public async Task<IActionResult> OnPostReplaceAsync(CancellationToken cancellationToken)
    {
        var replacement = string.IsNullOrWhiteSpace(ReplacementSlug)
            ? null
            : await editing.PublishedBySlugAsync(ReplacementSlug.Trim(), cancellationToken);
        return await ActAsync((p, now) =>
        {
            if (replacement is null)
            {
                throw new PublicationRuleException("Give the address (slug) of the published item that replaces this one.");
            }

            p.UnpublishReplacedBy(replacement, now);
        }, "unpublished, replaced", cancellationToken, details: ReplacementSlug);
    }

    public Task<IActionResult> OnPostEmbargoAsync(CancellationToken cancellationToken) =>
        ActAsync((p, now) => p.PutUnderEmbargo(EmbargoNote, now), "put under embargo", cancellationToken, details: EmbargoNote);

    public Task<IActionResult> OnPostCancelEmbargoAsync(CancellationToken cancellationToken) =>
        ActAsync((p, now) => p.CancelEmbargo(now), "taken out of embargo", cancellationToken);

    public Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken) =>
        ActAsync((p, now) => p.MoveToTrash(now), "deleted", cancellationToken);

    public Task<IActionResult> OnPostRestoreAsync(CancellationToken cancellationToken) =>
        ActAsync((p, now) => p.RestoreFromTrash(now), "restored from the trash", cancellationToken);

    private async Task<IActionResult> ActAsync(Action<Publication, DateTimeOffset> step, string action, CancellationToken cancellationToken, string? details = null)
    {
        if (await editing.ForEditingAsync(Id, cancellationToken) is not { } publication)
        {
            return NotFound();
        }

        var now = time.GetUtcNow();
        var (statusBefore, embargoBefore) = (publication.Status, publication.IsUnderEmbargo);
        try
        {
            step(publication, now);
        }
        catch (PublicationRuleException rule)
        {
            TempData["Problem"] = rule.Message;
            return RedirectToPage("Edit", new { id = Id });
        }

        await publication.SnapshotContactAsync(id => editing.PressContactAsync(id, cancellationToken));
        var entry = AuditTrail.Entry(User, action, publication, now, details ?? (action == "withdrew" ? publication.WithdrawalReason : null));
        try
        {
            var alert = Core.Alerts.AlertsOfAStep.After(publication, statusBefore, embargoBefore, ChangeSize.Minor, now, alerts.Value.ImmediateDelay);
            await editing.SaveStepAsync(publication, alert is null ? SaveTrail.None : new SaveTrail(null, [], alert), entry, cancellationToken);
        }
        catch (PublicationEditConflictException)
        {
            TempData["Problem"] = "Someone else changed this item at the same moment; look at it again and repeat.";
            return RedirectToPage("Edit", new { id = Id });
        }

        TempData["Notice"] = $"'{publication.Title}' {action}.";
        return RedirectToPage("Edit", new { id = Id });
    }
}
