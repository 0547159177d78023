namespace CstoPress.Web.Journalists;

/// <summary>The time zones a journalist may choose for embargo times: the IANA names this machine knows (Europe/Berlin).</summary>
public static class JournalistTimeZones
{
    public static readonly IReadOnlyList<string> All = TimeZoneInfo.GetSystemTimeZones()
        .Where(zone => zone.HasIanaId)
        .Select(zone => zone.Id)
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>Reads the choice: an empty one is no time zone of one's own (null); a Windows name is taken as its IANA name.</summary>
    /// <returns>False for a name that is no known time zone.</returns>
    public static bool TryRead(string? typed, out string? ianaId)
    {
        ianaId = null;
        if (string.IsNullOrWhiteSpace(typed))
        {
            return true;
        }

        var name = typed.Trim();
        if (All.Contains(name, StringComparer.Ordinal))
        {
            ianaId = name;
            return true;
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone))
        {
            return false;
        }

        if (zone.HasIanaId)
        {
            ianaId = zone.Id;
            return true;
        }

        return TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out ianaId);
    }
}
