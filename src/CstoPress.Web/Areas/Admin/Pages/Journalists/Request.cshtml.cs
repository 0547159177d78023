using CstoPress.Core.Journalists;
using CstoPress.Data.Repositories.Journalists;
using CstoPress.Web.Journalists;

namespace CstoPress.Web.Areas.Admin.Pages.Journalists;

/// <summary>
/// One request for accreditation and the press office's decision on it: accredit (with a last day, or
/// none), refuse, or later revoke, the reason mailed to the journalist. Each decision is audited.
/// </summary>
public class RequestModel(AccreditationRepository accreditations, JournalistAccounts accounts, DecisionMail decisionMail,
    PressOfficeTime pressOffice, TimeProvider time) : PageModel
{
    public const string UnreadableDay = "Enter the last day as a date, such as 31.12.2027, or leave it empty for no end.";

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public Accreditation Applicant { get; private set; } = null!;

    /// <summary>The last day the accreditation holds (Moscow); empty for one without an end.</summary>
    [BindProperty]
    public DateOnly? LastDay { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        LastDay = Applicant.EndsAt is { } endsAt ? AccreditationEnd.LastDay(endsAt, pressOffice) : null;
        return Page();
    }

    [LeavesPublicPagesAlone]
    public Task<IActionResult> OnPostAccreditAsync(CancellationToken cancellationToken) =>
        DecideAsync(nameof(LastDay), async (accreditation, now) =>
        {
            var account = await accounts.AccountForAsync(accreditation, HttpContext);
            accreditation.Accredit(account.Id, AccreditationEnd.EndsAt(LastDay, pressOffice), AuditTrail.ActorOf(User), now);
            await accreditations.SaveAccreditedAsync(accreditation, Audit("accredited a journalist", accreditation, now, Until()), cancellationToken);
            await decisionMail.SendAccreditedAsync(accreditation, account, Request, cancellationToken);
            return $"{accreditation.Name} is accredited; a link to choose a password was sent to {accreditation.WorkEmail}.";
        }, cancellationToken);

    [LeavesPublicPagesAlone]
    public Task<IActionResult> OnPostLastDayAsync(CancellationToken cancellationToken) =>
        DecideAsync(nameof(LastDay), async (accreditation, now) =>
        {
            accreditation.ChangeEnd(AccreditationEnd.EndsAt(LastDay, pressOffice), AuditTrail.ActorOf(User), now);
            await accreditations.SaveAsync(Audit("changed the end of an accreditation", accreditation, now, Until()), cancellationToken);
            return $"{accreditation.Name}'s accreditation now holds {Until()}.";
        }, cancellationToken);

    [LeavesPublicPagesAlone]
    public Task<IActionResult> OnPostRefuseAsync(CancellationToken cancellationToken) =>
        DecideWithReasonAsync(AccreditationDecisions.Refuse, "refused accreditation", "The request of {0} is refused",
            accreditation => decisionMail.SendRefusedAsync(accreditation, Request, cancellationToken), cancellationToken);

    [LeavesPublicPagesAlone]
    public Task<IActionResult> OnPostRevokeAsync(CancellationToken cancellationToken) =>
        DecideWithReasonAsync(AccreditationDecisions.Revoke, "revoked accreditation", "The accreditation of {0} is revoked",
            accreditation => decisionMail.SendRevokedAsync(accreditation, cancellationToken), cancellationToken);

    /// <summary>Refusing and revoking: the reason typed is kept, audited and mailed to the journalist.</summary>
    /// <param name="done">What the page says afterwards, {0} being the journalist's name.</param>
    private Task<IActionResult> DecideWithReasonAsync(Action<Accreditation, string, string, DateTimeOffset> decision, string action, string done,
        Func<Accreditation, Task> mail, CancellationToken cancellationToken) =>
        DecideAsync(nameof(Reason), async (accreditation, now) =>
        {
            decision(accreditation, Reason ?? "", AuditTrail.ActorOf(User), now);
            await accreditations.SaveAsync(Audit(action, accreditation, now, accreditation.Reason), cancellationToken);
            await mail(accreditation);
            return string.Format(CultureInfo.InvariantCulture, done, accreditation.Name) + $"; the reason was sent to {accreditation.WorkEmail}.";
        }, cancellationToken);

    /// <summary>
    /// Runs a decision on the request as stored now; a decision that does not fit (decided meanwhile by
    /// someone else, no reason given) shows the page again with the message beside <paramref name="field"/>.
    /// </summary>
    private async Task<IActionResult> DecideAsync(string field, Func<Accreditation, DateTimeOffset, Task<string>> decide, CancellationToken cancellationToken)
    {
        if (await accreditations.ByIdAsync(Id, cancellationToken) is not { Status: not AccreditationStatus.AwaitingEmailConfirmation } accreditation)
        {
            return NotFound();
        }

        if (ModelState[nameof(LastDay)] is { Errors.Count: > 0 } unreadable)
        {
            unreadable.Errors.Clear();
            unreadable.Errors.Add(UnreadableDay);
            return await ShowAgainAsync(cancellationToken);
        }

        try
        {
            TempData["Notice"] = await decide(accreditation, time.GetUtcNow());
            return RedirectToPage(new { id = Id });
        }
        catch (AccreditationRuleException rule)
        {
            ModelState.AddModelError(field, rule.Message);
            return await ShowAgainAsync(cancellationToken);
        }
    }

    private async Task<IActionResult> ShowAgainAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Applicant = (await accreditations.DetailsAsync(Id, cancellationToken))!;
        return Applicant is not null;
    }

    private string Until() => LastDay is { } day ? $"until {day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)} inclusive" : "without an end date";

    private Core.Auditing.AuditEntry Audit(string action, Accreditation accreditation, DateTimeOffset now, string? details) =>
        AuditTrail.Entry(User, action, $"{accreditation.Name}, {accreditation.Outlet} ({accreditation.WorkEmail})", now, details);
}
