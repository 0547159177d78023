namespace CstoPress.Web.Alerts;

/// <summary>
/// The links alert mail carries, always from the configured portal address (Mail__SiteAddress): messages leave
/// from a background sender, long after any request, and a forged Host header must never reach a subscriber.
/// </summary>
public sealed class AlertLinks(IOptions<Mail.MailOptions> mail, AlertTokens tokens)
{
    public const string ConfirmPath = "/alerts/confirm";
    public const string ManagePath = "/alerts/manage";
    public const string UnsubscribePath = "/alerts/unsubscribe";

    /// <summary>The configured address; without one, the development address (the portal warns at start in production).</summary>
    public string Site => mail.Value.SiteAddress is { Length: > 0 } configured ? configured.TrimEnd('/') : "http://127.0.0.1:5080";

    public string Confirm(int subscriptionId, DateTimeOffset signedUpAt, ContentLanguage language) =>
        $"{Site}{SiteLinks.Prefix(language)}{ConfirmPath}?code={Uri.EscapeDataString(tokens.Confirmation(subscriptionId, signedUpAt))}";

    public string Manage(string email, ContentLanguage language) =>
        $"{Site}{SiteLinks.Prefix(language)}{ManagePath}?code={Uri.EscapeDataString(tokens.Manage(email))}";

    public string Unsubscribe(int subscriptionId, ContentLanguage language) =>
        $"{Site}{SiteLinks.Prefix(language)}{UnsubscribePath}?code={Uri.EscapeDataString(tokens.Unsubscribe(subscriptionId))}";

    public string Publication(ContentLanguage language, string slug) => Site + SiteLinks.Publication(language, slug);

    public string Embargoed(int publicationId, ContentLanguage language) => $"{Site}{SiteLinks.Prefix(language)}/journalists/embargoed/{publicationId}";
}
