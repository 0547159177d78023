namespace CstoPress.Core.Alerts;

/// <summary>
/// When digests leave: daily at 08:00 Moscow time, weekly on Monday at 08:00, so a digest arrives before
/// the working day and covers everything published since the one before.
/// </summary>
public static class DigestSchedule
{
    public static readonly TimeSpan SendingTime = TimeSpan.FromHours(8);

    private static readonly TimeSpan Moscow = TimeSpan.FromHours(3);

    /// <summary>The first sending time strictly after <paramref name="moment"/>; none for immediate alerts.</summary>
    public static DateTimeOffset? NextAfter(DateTimeOffset moment, AlertFrequency frequency)
    {
        if (frequency == AlertFrequency.Immediate)
        {
            return null;
        }

        // Moscow has kept UTC+3 all year since 2014; a fixed offset keeps the rule free of the zone database.
        var local = moment.ToOffset(Moscow);
        var candidate = new DateTimeOffset(local.Date + SendingTime, Moscow);
        if (candidate <= local)
        {
            candidate = candidate.AddDays(1);
        }

        while (frequency == AlertFrequency.Weekly && candidate.DayOfWeek != DayOfWeek.Monday)
        {
            candidate = candidate.AddDays(1);
        }

        return candidate.ToUniversalTime();
    }
}
