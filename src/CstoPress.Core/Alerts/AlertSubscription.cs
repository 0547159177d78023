namespace CstoPress.Core.Alerts;

/// <summary>
/// One address following one topic, in one language, at one frequency. Anyone may have several, without
/// an account; an accredited journalist's are linked to the accreditation and managed from the account.
/// </summary>
public class AlertSubscription
{
    /// <summary>After this many permanent refusals of the address by the mail server, nothing more is sent to it.</summary>
    public const int PermanentFailuresBeforeSuspension = 3;

    /// <summary>An address unsubscribed from everything is erased this long after.</summary>
    public static readonly TimeSpan ErasedAfterUnsubscribing = TimeSpan.FromDays(28);

    /// <summary>A sign-up never confirmed is erased this long after, with its address.</summary>
    public static readonly TimeSpan UnconfirmedErasedAfter = TimeSpan.FromDays(7);

    public int Id { get; set; }
    public required string Email { get; set; }
    public AlertTopic Topic { get; set; }

    /// <summary>The slug of the section, person, tag or body, or the kind's name; empty for everything.</summary>
    public string TopicKey { get; set; } = "";

    public ContentLanguage Language { get; set; }
    public AlertFrequency Frequency { get; set; }
    public SubscriptionStatus Status { get; set; }

    /// <summary>Set for an accredited journalist's subscription: it also brings the embargoed releases of its topic.</summary>
    public int? AccreditationId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    public DateTimeOffset? UnsubscribedAt { get; set; }
    public int PermanentFailures { get; set; }

    /// <summary>The end of the window the last digest covered: the next one starts there.</summary>
    public DateTimeOffset? LastDigestAt { get; set; }

    /// <summary>When the next digest is due; empty for immediate alerts.</summary>
    public DateTimeOffset? NextDigestAt { get; set; }

    public void Confirm(DateTimeOffset now)
    {
        if (Status != SubscriptionStatus.AwaitingConfirmation)
        {
            return;
        }

        Status = SubscriptionStatus.Active;
        ConfirmedAt = now;
        StartDigests(now);
    }

    /// <summary>A digest covers what was published from the moment the subscription began (or changed its frequency).</summary>
    public void StartDigests(DateTimeOffset now)
    {
        LastDigestAt = Frequency == AlertFrequency.Immediate ? null : now;
        NextDigestAt = DigestSchedule.NextAfter(now, Frequency);
    }

    public void Unsubscribe(DateTimeOffset now)
    {
        if (Status == SubscriptionStatus.Unsubscribed)
        {
            return;
        }

        Status = SubscriptionStatus.Unsubscribed;
        UnsubscribedAt = now;
        NextDigestAt = null;
    }

    /// <summary>A permanent refusal (5xx) of the address; the third suspends the subscription.</summary>
    public void CountPermanentFailure()
    {
        PermanentFailures++;
        if (PermanentFailures >= PermanentFailuresBeforeSuspension && Status == SubscriptionStatus.Active)
        {
            Status = SubscriptionStatus.Suspended;
            NextDigestAt = null;
        }
    }

    public bool SameTopic(AlertTopic topic, string key, ContentLanguage language) =>
        Topic == topic && string.Equals(TopicKey, key, StringComparison.OrdinalIgnoreCase) && Language == language;
}
