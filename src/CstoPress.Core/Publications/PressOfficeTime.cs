namespace CstoPress.Core.Publications;

/// <summary>
/// Times are stored in UTC and shown in the press office's own time zone (Moscow by default),
/// the way the current site prints them in listings (17.11.2021), and in long form, with the month
/// named in the page's language, on a publication's own page (17 November 2021, 17 ноября 2021).
/// </summary>
public sealed class PressOfficeTime(TimeZoneInfo zone)
{
    public const string DefaultZoneId = "Europe/Moscow";

    public TimeZoneInfo Zone { get; } = zone;

    public static PressOfficeTime FromZoneId(string? zoneId) =>
        new(TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(zoneId) ? DefaultZoneId : zoneId));

    public DateTimeOffset Local(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Zone);

    /// <summary>The press office's calendar day at an instant: what "today" means for meetings and documents.</summary>
    public DateOnly Day(DateTimeOffset utc) => DateOnly.FromDateTime(Local(utc).DateTime);

    public string Date(DateTimeOffset utc) => Local(utc).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public string LongDate(DateTimeOffset utc, CultureInfo culture) => LongDate(DateOnly.FromDateTime(Local(utc).DateTime), culture);

    /// <summary>Day, month name, year; .NET takes the genitive month name where the language has one (июля).</summary>
    public static string LongDate(DateOnly day, CultureInfo culture) => day.ToString("d MMMM yyyy", culture);

    public string DateTime(DateTimeOffset utc) => Local(utc).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Reads a wall-clock time typed in the press office and returns the UTC instant.</summary>
    public DateTimeOffset ToUtc(DateTime pressOfficeLocal)
    {
        var unspecified = System.DateTime.SpecifyKind(pressOfficeLocal, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified)).ToUniversalTime();
    }
}
