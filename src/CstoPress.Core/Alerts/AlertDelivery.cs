namespace CstoPress.Core.Alerts;

/// <summary>
/// One message to one subscriber in the outbox: a confirmation, an alert or a digest. Any node's sender
/// takes it; it goes once, is tried again after a temporary failure, and keeps the reason of the last one.
/// </summary>
public class AlertDelivery
{
    public long Id { get; set; }
    public int SubscriptionId { get; set; }
    public AlertSubscription? Subscription { get; set; }
    public DeliveryPurpose Purpose { get; set; }
    public long? AlertId { get; set; }
    public Alert? Alert { get; set; }

    /// <summary>What a digest covers: published after <see cref="WindowFrom"/>, up to <see cref="WindowTo"/>.</summary>
    public DateTimeOffset? WindowFrom { get; set; }
    public DateTimeOffset? WindowTo { get; set; }

    public DeliveryStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>A sender that took it has it until then; past that (a node that died), another may take it.</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }

    public int Attempts { get; set; }

    /// <summary>When a sender last took it: the send rate is counted over these.</summary>
    public DateTimeOffset? LastAttemptAt { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset? SentAt { get; set; }

    public static AlertDelivery Confirmation(AlertSubscription subscription, DateTimeOffset now) =>
        new() { Subscription = subscription, Purpose = DeliveryPurpose.Confirmation, CreatedAt = now, NextAttemptAt = now };
}
