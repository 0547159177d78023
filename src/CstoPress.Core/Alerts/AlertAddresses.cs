namespace CstoPress.Core.Alerts;

public static class AlertAddresses
{
    /// <summary>
    /// One form for an address, so that one person's subscriptions are found together whatever case they typed;
    /// mail servers treat the local part without regard to case in practice.
    /// </summary>
    public static string Normalized(string email) => email.Trim().ToLowerInvariant();
}
