namespace CstoPress.Web.Mail;

/// <summary>The 'Mail' configuration section.</summary>
public sealed class MailOptions
{
    public const string SectionName = "Mail";

    /// <summary>The SMTP server; when empty, mail is written to <see cref="PickupFolder"/> instead of sent.</summary>
    public string SmtpHost { get; set; } = "";

    public int SmtpPort { get; set; } = 587;

    /// <summary>STARTTLS/TLS to the server; only a server on the same host may do without.</summary>
    public bool SmtpUseTls { get; set; } = true;

    public string SmtpUser { get; set; } = "";

    public string SmtpPassword { get; set; } = "";

    /// <summary>The most messages all nodes together hand to the SMTP server in a minute (alerts, digests, confirmations).</summary>
    public int SmtpMessagesPerMinute { get; set; } = 120;

    /// <summary>The most messages one connection carries before the sender connects again (servers limit this too).</summary>
    public int SmtpMessagesPerConnection { get; set; } = 100;

    /// <summary>The sender of the portal's mail.</summary>
    public string From { get; set; } = "CstoPress <noreply@cstopress.local>";

    /// <summary>Where mail goes as .eml files when there is no SMTP server; relative to the app's folder.</summary>
    public string PickupFolder { get; set; } = ".mail";

    /// <summary>
    /// The site's public address (https://press.example.org) for links in mail. Links never take the
    /// request's Host header when this is set, so a forged header cannot point a reset link elsewhere.
    /// </summary>
    public string SiteAddress { get; set; } = "";

    /// <summary>The start of every link a message carries: the configured address, or else the request's own.</summary>
    public string SiteFor(HttpRequest request) =>
        SiteAddress is { Length: > 0 } configured ? configured.TrimEnd('/') : $"{request.Scheme}://{request.Host}";
}
