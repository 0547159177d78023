namespace CstoPress.Core.Journalists;

/// <summary>
/// The line that marks every embargoed copy: the time in Moscow and in UTC, and in the journalist's
/// own zone when they set one, so that nobody has to convert a time zone under deadline.
/// </summary>
public static class EmbargoLine
{
    public static string For(DateTimeOffset until, PressOfficeTime pressOffice, TimeZoneInfo? journalistZone = null)
    {
        var local = pressOffice.Local(until);
        var utc = until.ToUniversalTime();
        var own = journalistZone is null || journalistZone.Id == pressOffice.Zone.Id
            ? ""
            : $"; {TimeZoneInfo.ConvertTime(until, journalistZone):dd.MM.yyyy HH:mm} {journalistZone.Id}";
        return string.Create(CultureInfo.InvariantCulture,
            $"EMBARGOED UNTIL {local:dd.MM.yyyy HH:mm} {ZoneName(pressOffice.Zone)} ({utc:HH:mm} UTC{own})");
    }

    /// <summary>A journalist's zone by its IANA name; none for an empty or unknown one.</summary>
    public static TimeZoneInfo? ZoneOf(string? zoneId) =>
        !string.IsNullOrWhiteSpace(zoneId) && TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone) ? zone : null;

    private static string ZoneName(TimeZoneInfo zone) => zone.Id == PressOfficeTime.DefaultZoneId ? "Moscow" : zone.Id;
}
