namespace CstoPress.Web.Mail;

/// <summary>Sends the portal's mail; by SMTP, or into a pickup folder when none is configured.</summary>
public interface IMailSender
{
    /// <summary>Sends or throws: <see cref="MailKit.Net.Smtp.SmtpCommandException"/> carries the server's answer code.</summary>
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default);

    /// <summary>One connection to the server for a batch of messages (the alert sender's round), closed when disposed.</summary>
    IMailSession OpenSession();
}
