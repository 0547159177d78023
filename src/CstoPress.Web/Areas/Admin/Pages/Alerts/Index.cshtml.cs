using CstoPress.Core.Alerts;
using CstoPress.Data.Repositories.Alerts;

namespace CstoPress.Web.Areas.Admin.Pages.Alerts;

/// <summary>
/// The outbox as the press office sees it (/admin/alerts): each alert with how many of its messages were sent,
/// wait or failed, the messages failing and why, and, while an alert waits out its delay, holding it, letting it go
/// and changing its subject line. Each change is in the audit log.
/// </summary>
public class IndexModel(AlertQueueRepository queue, TimeProvider time) : PageModel
{
    public const int Shown = 100;

    public IReadOnlyList<QueuedAlert> Alerts { get; private set; } = [];

    public IReadOnlyList<FailingDelivery> Failing { get; private set; } = [];

    public IReadOnlyDictionary<DeliveryStatus, int> Totals { get; private set; } = new Dictionary<DeliveryStatus, int>();

    public DateTimeOffset Now => time.GetUtcNow();

    [BindProperty]
    public string? Subject { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Totals = await queue.TotalsAsync(cancellationToken);
        Alerts = await queue.LatestAsync(Shown, cancellationToken);
        Failing = await queue.FailingAsync(Shown, cancellationToken);
    }

    public Task<IActionResult> OnPostHoldAsync(long id, CancellationToken cancellationToken) =>
        ChangeAsync(id, alert => alert.Hold(AuditTrail.ActorOf(User), time.GetUtcNow()), "held the alert", cancellationToken);

    public Task<IActionResult> OnPostReleaseAsync(long id, CancellationToken cancellationToken) =>
        ChangeAsync(id, alert => alert.Release(), "let the alert go", cancellationToken);

    public Task<IActionResult> OnPostSubjectAsync(long id, CancellationToken cancellationToken) =>
        ChangeAsync(id, alert => alert.ChangeSubject(Subject), "changed the alert's subject", cancellationToken);

    private async Task<IActionResult> ChangeAsync(long id, Action<Alert> change, string action, CancellationToken cancellationToken)
    {
        if (await queue.ByIdAsync(id, cancellationToken) is not { } alert)
        {
            return NotFound();
        }

        try
        {
            if (Subject is { Length: > 300 })
            {
                throw new AlertRuleException("A subject line has 300 characters at most.");
            }

            change(alert);
        }
        catch (AlertRuleException rule)
        {
            TempData["Problem"] = rule.Message;
            return RedirectToPage();
        }

        var entry = AuditTrail.Entry(User, action, $"alert {alert.Id}", time.GetUtcNow(), alert.Subject);
        entry.PublicationId = alert.PublicationId;
        var saved = await queue.SaveAsync(alert, entry, cancellationToken);
        TempData[saved ? "Notice" : "Problem"] = saved ? $"Alert {alert.Id}: {action}." : "This alert has already gone to its subscribers; it can no longer be changed.";
        return RedirectToPage();
    }
}
