namespace CstoPress.Core.Organization;

/// <summary>One change of a meeting's status, kept for good: the calendar's history is public.</summary>
public class MeetingStatusChange
{
    public long Id { get; set; }
    public int MeetingId { get; set; }
    public MeetingStatus? From { get; set; }
    public MeetingStatus To { get; set; }
    public string? Reason { get; set; }

    /// <summary>The day the meeting was set for before this change, when the change moved it.</summary>
    public DateOnly? PreviousDay { get; set; }
    public DateOnly Day { get; set; }
    public DateTimeOffset At { get; set; }
    public required string By { get; set; }
}
