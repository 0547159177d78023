namespace CstoPress.Core.Organization;

/// <summary>Where a meeting stands in the calendar.</summary>
public enum MeetingStatus
{
    Provisional = 0,
    Confirmed = 1,
    Held = 2,
    Postponed = 3,
    Cancelled = 4,
}
