using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace CstoPress.Web.Mail;

/// <summary>
/// One connection for a batch of messages: made at the first message, kept for the next ones (a refused recipient
/// does not end it), made again after <see cref="MailOptions.SmtpMessagesPerConnection"/> messages for servers that
/// limit what one connection carries, and closed with QUIT at the end. Without an SMTP host, each message is an
/// .eml file in the pickup folder.
/// </summary>
internal sealed class SmtpMailSession(MailOptions settings, IHostEnvironment environment, ILogger logger) : IMailSession
{
    private readonly SmtpClient _client = new();
    private int _onThisConnection;

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        using var message = SmtpMailSender.MessageOf(mail, settings);
        if (settings.SmtpHost.Length == 0)
        {
            await WriteToPickupFolderAsync(message, cancellationToken);
            return;
        }

        if (_client.IsConnected && _onThisConnection >= Math.Max(1, settings.SmtpMessagesPerConnection))
        {
            await _client.DisconnectAsync(quit: true, cancellationToken);
        }

        if (!_client.IsConnected)
        {
            await ConnectAsync(cancellationToken);
        }

        _onThisConnection++;
        await _client.SendAsync(message, cancellationToken);
    }

    private async Task ConnectAsync(CancellationToken cancellationToken)
    {
        _onThisConnection = 0;
        await _client.ConnectAsync(settings.SmtpHost, settings.SmtpPort,
            settings.SmtpUseTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
        if (settings.SmtpUser.Length > 0)
        {
            await _client.AuthenticateAsync(settings.SmtpUser, settings.SmtpPassword, cancellationToken);
        }
    }

    private async Task WriteToPickupFolderAsync(MimeKit.MimeMessage message, CancellationToken cancellationToken)
    {
        var folder = SmtpMailSender.PickupFolder(settings, environment);
        Directory.CreateDirectory(folder);
        if (environment.IsProduction())
        {
            logger.LogWarning("No SMTP server is configured (Mail__SmtpHost): a message was written to {Folder} instead of sent", folder);
        }

        await message.WriteToAsync(Path.Combine(folder, $"{Guid.NewGuid():N}.eml"), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_client.IsConnected)
            {
                await _client.DisconnectAsync(quit: true);
            }
        }
        catch (Exception lost) when (lost is IOException or SocketException or SmtpProtocolException or SmtpCommandException or ServiceNotConnectedException)
        {
            // Every message was handed over already; a goodbye the server did not hear changes nothing.
            logger.LogDebug(lost, "The SMTP connection ended without QUIT");
        }

        _client.Dispose();
    }
}
