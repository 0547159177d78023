namespace CstoPress.Web.Mail;

/// <summary>
/// Many messages over one SMTP connection. A refusal of one message (<see cref="MailKit.Net.Smtp.SmtpCommandException"/>)
/// leaves the connection usable for the next; a lost connection is made again at the next message.
/// </summary>
public interface IMailSession : IAsyncDisposable
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default);
}
