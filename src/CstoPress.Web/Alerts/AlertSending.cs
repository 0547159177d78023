using System.Net.Sockets;
using CstoPress.Core.Alerts;
using CstoPress.Data.Repositories.Alerts;
using CstoPress.Web.Mail;
using MailKit;
using MailKit.Net.Smtp;

namespace CstoPress.Web.Alerts;

/// <summary>
/// One round of a node's sender: gives out the alerts whose delay has passed, queues the digests that are due,
/// erases lapsed addresses, then sends what it could take from the outbox. Its state is only in the database,
/// so any number of nodes run it at once and each message still goes once.
/// </summary>
public sealed class AlertSending(
    AlertOutbox outbox, AlertMessages messages, IMailSender mail, IOptions<AlertOptions> options, IOptions<MailOptions> mailOptions,
    TimeProvider time, ILogger<AlertSending> logger)
{
    /// <returns>How many messages this round sent.</returns>
    public async Task<int> RunRoundAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        await outbox.GiveOutDueAlertsAsync(now, cancellationToken);
        await outbox.QueueDueDigestsAsync(now, cancellationToken);
        await outbox.EraseLapsedAsync(now, cancellationToken);
        var settings = options.Value;
        var claimed = await outbox.ClaimAsync(now, settings.BatchSize, settings.ClaimLease, mailOptions.Value.SmtpMessagesPerMinute, cancellationToken);
        var sent = 0;
        foreach (var delivery in claimed)
        {
            sent += await SendAsync(delivery, cancellationToken) ? 1 : 0;
        }

        return sent;
    }

    private async Task<bool> SendAsync(AlertDelivery delivery, CancellationToken cancellationToken)
    {
        if (await messages.ComposeAsync(delivery, cancellationToken) is not { } message)
        {
            await outbox.RecordDroppedAsync(delivery.Id, "Nothing left to send: the item is no longer public.", cancellationToken);
            return false;
        }

        try
        {
            await mail.SendAsync(message, cancellationToken);
        }
        catch (SmtpCommandException refused)
        {
            var code = (int)refused.StatusCode;
            var permanent = DeliveryRetries.IsPermanent(code);
            logger.LogWarning("The mail server refused message {DeliveryId} ({Code}, {Permanence}): {Reason}",
                delivery.Id, code, permanent ? "permanent" : "temporary", refused.Message);
            await outbox.RecordFailureAsync(delivery.Id, permanent, $"{code} {refused.Message}", time.GetUtcNow(), cancellationToken);
            return false;
        }
        catch (Exception away) when (away is SocketException or IOException or SmtpProtocolException or ServiceNotConnectedException or TimeoutException)
        {
            logger.LogWarning("The mail server could not be reached for message {DeliveryId}: {Reason}", delivery.Id, away.Message);
            await outbox.RecordFailureAsync(delivery.Id, permanent: false, away.Message, time.GetUtcNow(), cancellationToken);
            return false;
        }

        await outbox.RecordSentAsync(delivery.Id, time.GetUtcNow(), cancellationToken);
        return true;
    }
}
