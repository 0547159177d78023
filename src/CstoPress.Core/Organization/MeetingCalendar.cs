namespace CstoPress.Core.Organization;

/// <summary>
/// The rules of a meeting's status: announced provisionally, confirmed, held; postponed (to a new day or
/// none yet) or cancelled, each with a reason. Every change is kept as a <see cref="MeetingStatusChange"/>.
/// </summary>
public static class MeetingCalendar
{
    public static void Announce(this Meeting meeting, MeetingStatus status, string by, DateTimeOffset now)
    {
        Require(status is MeetingStatus.Provisional or MeetingStatus.Confirmed, "A meeting is announced as provisional or confirmed.");
        meeting.Status = status;
        meeting.CreatedAt = now;
        Note(meeting, null, null, by, now);
    }

    public static void Confirm(this Meeting meeting, DateOnly? newDay, string by, DateTimeOffset now)
    {
        Require(meeting.Status is MeetingStatus.Provisional or MeetingStatus.Postponed, "Only a provisional or postponed meeting can be confirmed.");
        Change(meeting, MeetingStatus.Confirmed, null, newDay, by, now);
    }

    public static void Postpone(this Meeting meeting, DateOnly? newDay, string reason, string by, DateTimeOffset now)
    {
        Require(meeting.Status is MeetingStatus.Provisional or MeetingStatus.Confirmed or MeetingStatus.Postponed,
            "Only a meeting still to be held can be postponed.");
        Require(newDay is null || newDay > meeting.StartsOn, "A postponed meeting moves to a later day.");
        Change(meeting, MeetingStatus.Postponed, RequireReason(reason, "A postponement needs a reason."), newDay, by, now);
    }

    public static void Cancel(this Meeting meeting, string reason, string by, DateTimeOffset now)
    {
        Require(meeting.Status is MeetingStatus.Provisional or MeetingStatus.Confirmed or MeetingStatus.Postponed,
            "Only a meeting still to be held can be cancelled.");
        Change(meeting, MeetingStatus.Cancelled, RequireReason(reason, "A cancellation needs a reason."), null, by, now);
    }

    public static void MarkHeld(this Meeting meeting, DateOnly today, string by, DateTimeOffset now)
    {
        Require(meeting.Status is MeetingStatus.Provisional or MeetingStatus.Confirmed or MeetingStatus.Postponed,
            "Only a meeting still to be held can be marked as held.");
        Require(meeting.StartsOn <= today, "A meeting can be marked as held on its day or later.");
        Change(meeting, MeetingStatus.Held, null, null, by, now);
    }

    /// <summary>Still to come and not called off: what a journalist plans around.</summary>
    public static bool IsAhead(this Meeting meeting, DateOnly today) =>
        meeting.LastDay >= today && meeting.Status != MeetingStatus.Held;

    private static void Change(Meeting meeting, MeetingStatus to, string? reason, DateOnly? newDay, string by, DateTimeOffset now)
    {
        var from = meeting.Status;
        DateOnly? previousDay = null;
        if (newDay is { } day && day != meeting.StartsOn)
        {
            previousDay = meeting.StartsOn;
            var length = meeting.EndsOn is { } end ? end.DayNumber - meeting.StartsOn.DayNumber : (int?)null;
            meeting.StartsOn = day;
            meeting.EndsOn = length is { } days ? day.AddDays(days) : null;
        }

        meeting.Status = to;
        meeting.StatusReason = reason;
        Note(meeting, from, previousDay, by, now);
    }

    private static void Note(Meeting meeting, MeetingStatus? from, DateOnly? previousDay, string by, DateTimeOffset now)
    {
        meeting.StatusChanges.Add(new MeetingStatusChange
        {
            MeetingId = meeting.Id, From = from, To = meeting.Status, Reason = meeting.StatusReason,
            PreviousDay = previousDay, Day = meeting.StartsOn, At = now, By = by,
        });
        meeting.UpdatedAt = now;
    }

    private static string RequireReason(string? reason, string message)
    {
        Require(!string.IsNullOrWhiteSpace(reason), message);
        return reason!.Trim();
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new RegisterRuleException(message);
        }
    }
}
