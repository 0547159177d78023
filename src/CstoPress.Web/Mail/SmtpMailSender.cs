using MimeKit;

namespace CstoPress.Web.Mail;

/// <summary>
/// Mail through MailKit: a server named by the settings, or, without one, .eml files in the pickup folder,
/// which development and the tests read.
/// </summary>
public sealed class SmtpMailSender(IOptions<MailOptions> options, IHostEnvironment environment, ILogger<SmtpMailSender> logger) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        await using var session = OpenSession();
        await session.SendAsync(mail, cancellationToken);
    }

    public IMailSession OpenSession() => new SmtpMailSession(options.Value, environment, logger);

    internal static MimeMessage MessageOf(OutgoingMail mail, MailOptions settings)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        foreach (var (name, value) in mail.Headers)
        {
            message.Headers.Add(name, value);
        }

        var body = new BodyBuilder { TextBody = mail.Body, HtmlBody = mail.Html };
        message.Body = body.ToMessageBody();
        return message;
    }

    public static string PickupFolder(MailOptions settings, IHostEnvironment environment) =>
        Path.GetFullPath(settings.PickupFolder, environment.ContentRootPath);
}
