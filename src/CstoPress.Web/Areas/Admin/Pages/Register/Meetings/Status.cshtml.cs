using CstoPress.Core.Organization;
using CstoPress.Data.Repositories.Organization;

namespace CstoPress.Web.Areas.Admin.Pages.Register.Meetings;

/// <summary>
/// A meeting's status changed by the calendar's rules (<see cref="MeetingCalendar"/>): each change is kept with its
/// reason and the day it moved from, and the public calendar shows it.
/// </summary>
public class StatusModel(RegisterEditingRepository editing, PressOfficeTime officeTime, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public DateOnly? NewDay { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    private string Actor => AuditTrail.ActorOf(User);

    public IActionResult OnGet() => RedirectToPage("Edit", new { id = Id });

    public Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken) =>
        ChangeAsync((m, now) => m.Confirm(NewDay, Actor, now), "confirmed", cancellationToken);

    public Task<IActionResult> OnPostPostponeAsync(CancellationToken cancellationToken) =>
        ChangeAsync((m, now) => m.Postpone(NewDay, Reason ?? "", Actor, now), "postponed", cancellationToken);

    public Task<IActionResult> OnPostCancelAsync(CancellationToken cancellationToken) =>
        ChangeAsync((m, now) => m.Cancel(Reason ?? "", Actor, now), "cancelled", cancellationToken);

    public Task<IActionResult> OnPostHeldAsync(CancellationToken cancellationToken) =>
        ChangeAsync((m, now) => m.MarkHeld(officeTime.Day(now), Actor, now), "marked as held", cancellationToken);

    private async Task<IActionResult> ChangeAsync(Action<Meeting, DateTimeOffset> change, string action, CancellationToken cancellationToken)
    {
        if (await editing.MeetingAsync(Id, cancellationToken) is not { } meeting)
        {
            return NotFound();
        }

        var now = time.GetUtcNow();
        try
        {
            change(meeting, now);
        }
        catch (RegisterRuleException rule)
        {
            TempData["Problem"] = rule.Message;
            return RedirectToPage("Edit", new { id = Id });
        }

        var bodyName = meeting.Body?.Name ?? "";
        var subject = $"Meeting {meeting.Number} of the {bodyName}";
        RegisterRevision[] revisions = meeting.Review.Status == RegisterStatus.Published ? [RegisterSnapshots.Of(meeting, bodyName, Actor, now)] : [];
        var audit = AuditTrail.Entry(User, action, RegisterEntryKind.Meeting, meeting.Id, subject, now, meeting.StatusReason);
        try
        {
            await editing.SaveEditAsync(meeting, meeting.Version, revisions, [audit], cancellationToken);
        }
        catch (RegisterEditConflictException)
        {
            TempData["Problem"] = "Someone else changed this meeting at the same moment; look at it again and repeat.";
            return RedirectToPage("Edit", new { id = Id });
        }

        TempData["Notice"] = $"{subject} {action}.";
        return RedirectToPage("Edit", new { id = Id });
    }
}
