using System.Net.Sockets;
using CstoPress.Core.Alerts;
using CstoPress.Data.Repositories.Alerts;
using CstoPress.Web.Mail;
using MailKit;
using MailKit.Net.Smtp;

namespace CstoPress.Web.Alerts;

/// <summary>
/// One round of a node's sender: gives out the alerts whose delay has passed, queues the digests that are due,
/// erases lapsed addresses, then sends what it could take from the outbox, over one connection to the mail server.
/// Its state is only in the database, so any number of nodes run it at once and each message still goes once.
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
        if (claimed.Count == 0)
        {
            return 0;
        }

        await using var session = mail.OpenSession();
        var sent = 0;
        for (var i = 0; i < claimed.Count; i++)
        {
            var (outcome, reason) = await SendAsync(session, claimed[i], cancellationToken);
            if (outcome == Outcome.ServerAway)
            {
                // The rest would only wait, one by one, for the same server; they are tried again with this one.
                foreach (var rest in claimed.Skip(i + 1))
                {
                    await outbox.RecordFailureAsync(rest.Id, permanent: false, reason, time.GetUtcNow(), cancellationToken);
                }

                break;
            }

            sent += outcome == Outcome.Sent ? 1 : 0;
        }

        return sent;
    }

    private async Task<(Outcome, string)> SendAsync(IMailSession session, AlertDelivery delivery, CancellationToken cancellationToken)
    {
        if (await messages.ComposeAsync(delivery, cancellationToken) is not { } message)
        {
            await outbox.RecordDroppedAsync(delivery.Id, "Nothing left to send: the item is no longer public.", cancellationToken);
            return (Outcome.Dropped, "");
        }

        try
        {
            await session.SendAsync(message, cancellationToken);
        }
        catch (SmtpCommandException refused)
        {
            var code = (int)refused.StatusCode;
            var permanent = DeliveryRetries.IsPermanent(code);
            logger.LogWarning("The mail server refused message {DeliveryId} ({Code}, {Permanence}): {Reason}",
                delivery.Id, code, permanent ? "permanent" : "temporary", refused.Message);
            await outbox.RecordFailureAsync(delivery.Id, permanent, $"{code} {refused.Message}", time.GetUtcNow(), cancellationToken);
            return (Outcome.Refused, "");
        }
        catch (Exception away) when (away is SocketException or IOException or SmtpProtocolException or ServiceNotConnectedException
                                         or TimeoutException or MailKit.Security.AuthenticationException or MailKit.Security.SslHandshakeException)
        {
            logger.LogWarning("The mail server could not be reached for message {DeliveryId}: {Reason}", delivery.Id, away.Message);
            await outbox.RecordFailureAsync(delivery.Id, permanent: false, away.Message, time.GetUtcNow(), cancellationToken);
            return (Outcome.ServerAway, away.Message);
        }

        await outbox.RecordSentAsync(delivery.Id, time.GetUtcNow(), cancellationToken);
        return (Outcome.Sent, "");
    }

    private enum Outcome
    {
        Sent,
        Refused,
        Dropped,
        ServerAway,
    }
}
