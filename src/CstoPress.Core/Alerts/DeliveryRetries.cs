namespace CstoPress.Core.Alerts;

/// <summary>
/// What a failed attempt leads to. A temporary failure (the server away, a 4xx answer) is tried again later,
/// each wait longer than the one before, for about two days; a permanent one (5xx) is not, and counts against
/// the subscription, which is suspended after <see cref="AlertSubscription.PermanentFailuresBeforeSuspension"/>.
/// </summary>
public static class DeliveryRetries
{
    public static readonly IReadOnlyList<TimeSpan> Waits =
    [
        TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromHours(1),
        TimeSpan.FromHours(4), TimeSpan.FromHours(12), TimeSpan.FromHours(24),
    ];

    /// <summary>5xx: the server will never take this message for this address.</summary>
    public static bool IsPermanent(int smtpStatusCode) => smtpStatusCode is >= 500 and < 600;

    public static void Sent(AlertDelivery delivery, DateTimeOffset now)
    {
        delivery.Status = DeliveryStatus.Sent;
        delivery.SentAt = now;
        delivery.ClaimedUntil = null;
        delivery.LastError = null;
    }

    /// <summary>A temporary failure of attempt number <see cref="AlertDelivery.Attempts"/>: waits, or gives up after the last wait.</summary>
    public static void FailedForNow(AlertDelivery delivery, string reason, DateTimeOffset now)
    {
        delivery.LastError = reason;
        delivery.ClaimedUntil = null;
        if (delivery.Attempts > Waits.Count)
        {
            delivery.Status = DeliveryStatus.Failed;
            return;
        }

        delivery.NextAttemptAt = now + Waits[Math.Max(0, delivery.Attempts - 1)];
    }

    public static void FailedForGood(AlertDelivery delivery, AlertSubscription subscription, string reason)
    {
        delivery.Status = DeliveryStatus.Failed;
        delivery.LastError = reason;
        delivery.ClaimedUntil = null;
        subscription.CountPermanentFailure();
    }
}
