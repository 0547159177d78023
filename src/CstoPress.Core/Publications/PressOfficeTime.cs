using System.Globalization;

namespace CstoPress.Core.Publications;

/// <summary>
/// Times are stored in UTC and shown in the press office's own time zone (Moscow by default),
/// the way the current site prints them: 17.11.2021.
/// </summary>
public sealed class PressOfficeTime(TimeZoneInfo zone)
{
    public const string DefaultZoneId = "Europe/Moscow";

    public TimeZoneInfo Zone { get; } = zone;

    public static PressOfficeTime FromZoneId(string? zoneId) =>
        new(TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(zoneId) ? DefaultZoneId : zoneId));

    public DateTimeOffset Local(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Zone);

    public string Date(DateTimeOffset utc) => Local(utc).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public string DateTime(DateTimeOffset utc) => Local(utc).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Reads a wall-clock time typed in the press office and returns the UTC instant.</summary>
    public DateTimeOffset ToUtc(DateTime pressOfficeLocal)
    {
        var unspecified = System.DateTime.SpecifyKind(pressOfficeLocal, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified)).ToUniversalTime();
    }
}
