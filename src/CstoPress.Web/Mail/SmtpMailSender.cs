using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;

namespace CstoPress.Web.Mail;

/// <summary>
/// Mail through the framework's SmtpClient: a server named by the settings, or, without one, .eml
/// files in the pickup folder (SmtpClient's own pickup-directory delivery), which development and
/// the tests read.
/// </summary>
public sealed class SmtpMailSender(IOptions<MailOptions> options, IHostEnvironment environment, ILogger<SmtpMailSender> logger) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        using var message = new MailMessage(settings.From, mail.To)
        {
            Subject = mail.Subject,
            SubjectEncoding = Encoding.UTF8,
            Body = mail.Body,
            BodyEncoding = Encoding.UTF8,
            BodyTransferEncoding = TransferEncoding.Base64,
        };

        using var client = new SmtpClient();
        if (settings.SmtpHost.Length > 0)
        {
            client.Host = settings.SmtpHost;
            client.Port = settings.SmtpPort;
            client.EnableSsl = settings.SmtpUseTls;
            client.DeliveryMethod = SmtpDeliveryMethod.Network;
            if (settings.SmtpUser.Length > 0)
            {
                client.Credentials = new NetworkCredential(settings.SmtpUser, settings.SmtpPassword);
            }
        }
        else
        {
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = PickupFolder(settings, environment);
            Directory.CreateDirectory(client.PickupDirectoryLocation);
            if (environment.IsProduction())
            {
                logger.LogWarning("No SMTP server is configured (Mail__SmtpHost): a message was written to {Folder} instead of sent", client.PickupDirectoryLocation);
            }
        }

        await client.SendMailAsync(message, cancellationToken);
    }

    public static string PickupFolder(MailOptions settings, IHostEnvironment environment) =>
        Path.GetFullPath(settings.PickupFolder, environment.ContentRootPath);
}
