namespace CstoPress.Web.Journalists;

/// <summary>
/// An accreditation's end as people type and read it: the last day it holds, in the press office's
/// time zone. What is stored is the first moment it no longer holds, midnight after that day.
/// </summary>
public static class AccreditationEnd
{
    public static DateTimeOffset? EndsAt(DateOnly? lastDay, PressOfficeTime pressOffice) =>
        lastDay is { } day ? pressOffice.ToUtc(day.AddDays(1).ToDateTime(TimeOnly.MinValue)) : null;

    public static DateOnly LastDay(DateTimeOffset endsAt, PressOfficeTime pressOffice) =>
        DateOnly.FromDateTime(pressOffice.Local(endsAt.AddTicks(-1)).DateTime);

    /// <summary>The last day as the site prints dates (31.12.2027).</summary>
    public static string LastDayText(DateTimeOffset endsAt, PressOfficeTime pressOffice) =>
        LastDay(endsAt, pressOffice).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
