using CstoPress.Web.Journalists;
using Microsoft.AspNetCore.DataProtection;

namespace CstoPress.Web.Alerts;

/// <summary>
/// The signed codes in the links of alert mail, sealed with the data-protection keys (in the database, so any
/// node reads what another wrote; nothing is stored). Confirming expires with the sign-up; managing and
/// unsubscribing keep working from any old message.
/// </summary>
public sealed class AlertTokens(IDataProtectionProvider protection)
{
    private readonly SignedTimeStamp _confirm = new(protection.CreateProtector("CstoPress.Alerts.Confirm"));
    private readonly IDataProtector _manage = protection.CreateProtector("CstoPress.Alerts.Manage");
    private readonly IDataProtector _unsubscribe = protection.CreateProtector("CstoPress.Alerts.Unsubscribe");

    public string Confirmation(int subscriptionId, DateTimeOffset signedUpAt) =>
        _confirm.Seal(subscriptionId.ToString(CultureInfo.InvariantCulture), signedUpAt);

    /// <summary>The subscription a confirmation code names and when it was signed up; false for a damaged code.</summary>
    public bool TryReadConfirmation(string? code, out int subscriptionId, out DateTimeOffset signedUpAt)
    {
        subscriptionId = 0;
        return _confirm.TryOpen(code, out var subject, out signedUpAt)
               && int.TryParse(subject, NumberStyles.None, CultureInfo.InvariantCulture, out subscriptionId);
    }

    public string Manage(string email) => _manage.Protect(email);

    public string? ReadManage(string? code) => Open(_manage, code);

    public string Unsubscribe(int subscriptionId) => _unsubscribe.Protect(subscriptionId.ToString(CultureInfo.InvariantCulture));

    public int? ReadUnsubscribe(string? code) =>
        int.TryParse(Open(_unsubscribe, code), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    private static string? Open(IDataProtector protector, string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        try
        {
            return protector.Unprotect(code);
        }
        catch (Exception failure) when (failure is System.Security.Cryptography.CryptographicException or FormatException)
        {
            return null;
        }
    }
}
