using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace CstoPress.Web.Journalists;

/// <summary>
/// A short text and a time, sealed with the portal's data-protection keys. The keys are in the
/// database, so a stamp sealed on one web node opens on any other, and nothing is kept in between.
/// The time is the portal's own clock, which the tests set, rather than the system clock the
/// framework's time-limited protector reads.
/// </summary>
public sealed class SignedTimeStamp(IDataProtector protector)
{
    public string Seal(string subject, DateTimeOffset at) =>
        protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{at.UtcTicks}|{subject}"));

    /// <returns>False for a stamp that was cut, changed, forged, or sealed for another purpose.</returns>
    public bool TryOpen(string? sealedText, out string subject, out DateTimeOffset at)
    {
        subject = "";
        at = default;
        string text;
        try
        {
            text = string.IsNullOrEmpty(sealedText) ? "" : protector.Unprotect(sealedText);
        }
        catch (Exception failure) when (failure is CryptographicException or FormatException)
        {
            return false;
        }

        var bar = text.IndexOf('|', StringComparison.Ordinal);
        if (bar < 0 || !long.TryParse(text.AsSpan(0, bar), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            return false;
        }

        subject = text[(bar + 1)..];
        at = new DateTimeOffset(ticks, TimeSpan.Zero);
        return true;
    }
}
