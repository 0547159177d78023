namespace CstoPress.Web.Mail;

/// <summary>Sends the portal's mail (password resets); by SMTP, or into a pickup folder when none is configured.</summary>
public interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default);
}
