using MailKit.Net.Smtp;
using MailKit.Security;
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
        var settings = options.Value;
        using var message = MessageOf(mail, settings);
        if (settings.SmtpHost.Length == 0)
        {
            await WriteToPickupFolderAsync(message, settings, cancellationToken);
            return;
        }

        using var client = new SmtpClient();
        await client.ConnectAsync(settings.SmtpHost, settings.SmtpPort,
            settings.SmtpUseTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
        if (settings.SmtpUser.Length > 0)
        {
            await client.AuthenticateAsync(settings.SmtpUser, settings.SmtpPassword, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    private static MimeMessage MessageOf(OutgoingMail mail, MailOptions settings)
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

    private async Task WriteToPickupFolderAsync(MimeMessage message, MailOptions settings, CancellationToken cancellationToken)
    {
        var folder = PickupFolder(settings, environment);
        Directory.CreateDirectory(folder);
        if (environment.IsProduction())
        {
            logger.LogWarning("No SMTP server is configured (Mail__SmtpHost): a message was written to {Folder} instead of sent", folder);
        }

        await message.WriteToAsync(Path.Combine(folder, $"{Guid.NewGuid():N}.eml"), cancellationToken);
    }

    public static string PickupFolder(MailOptions settings, IHostEnvironment environment) =>
        Path.GetFullPath(settings.PickupFolder, environment.ContentRootPath);
}
