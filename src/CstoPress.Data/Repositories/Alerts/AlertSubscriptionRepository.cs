using CstoPress.Core.Alerts;

namespace CstoPress.Data.Repositories.Alerts;

/// <summary>Subscriptions as their subscribers see them: signing up, confirming, managing and leaving.</summary>
public sealed class AlertSubscriptionRepository(CstoPressDbContext db)
{
    /// <summary>
    /// Signs the address up for a topic and queues the confirmation link, in one SaveChanges. The same
    /// topic asked again reuses its subscription (a lost confirmation, a changed frequency), which only
    /// becomes active, or active again, through the link.
    /// </summary>
    public async Task<AlertSubscription> SignUpAsync(AlertSubscription wanted, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var subscription = await SameTopicAsync(wanted, cancellationToken);
        if (subscription is null)
        {
            subscription = wanted;
            db.AlertSubscriptions.Add(subscription);
        }
        else if (subscription.Status != SubscriptionStatus.Active)
        {
            subscription.Frequency = wanted.Frequency;
            subscription.Status = SubscriptionStatus.AwaitingConfirmation;
            subscription.UnsubscribedAt = null;
            subscription.PermanentFailures = 0;
            subscription.CreatedAt = now;
        }

        db.AlertDeliveries.Add(AlertDelivery.Confirmation(subscription, now));
        await db.SaveChangesAsync(cancellationToken);
        return subscription;
    }

    /// <summary>
    /// An accredited journalist's subscription, active at once: the accreditation already proved the address.
    /// </summary>
    public async Task FollowAsJournalistAsync(AlertSubscription wanted, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var subscription = await SameTopicAsync(wanted, cancellationToken);
        if (subscription is null)
        {
            subscription = wanted;
            db.AlertSubscriptions.Add(subscription);
        }

        subscription.AccreditationId = wanted.AccreditationId;
        subscription.Frequency = wanted.Frequency;
        subscription.Status = SubscriptionStatus.Active;
        subscription.UnsubscribedAt = null;
        subscription.PermanentFailures = 0;
        subscription.ConfirmedAt = now;
        subscription.StartDigests(now);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A subscription to change, tracked; saved with <see cref="SaveAsync"/>.</summary>
    public Task<AlertSubscription?> ByIdAsync(int id, CancellationToken cancellationToken = default) =>
        db.AlertSubscriptions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    /// <summary>Every subscription of one address that is not erased yet, tracked, the active ones first.</summary>
    public async Task<IReadOnlyList<AlertSubscription>> OfAddressAsync(string email, CancellationToken cancellationToken = default)
    {
        var address = AlertAddresses.Normalized(email);
        return await db.AlertSubscriptions.Where(s => s.Email == address)
            .OrderBy(s => s.Status).ThenBy(s => s.Topic).ThenBy(s => s.TopicKey).ThenBy(s => s.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The work address of an accreditation: where its journalist's alerts go.</summary>
    public Task<string?> WorkEmailOfAsync(int accreditationId, CancellationToken cancellationToken = default) =>
        db.Accreditations.Where(a => a.Id == accreditationId).Select(a => a.WorkEmail).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Whether a section, person, tag or body with this slug exists, or a kind by this name.</summary>
    public async Task<bool> TopicExistsAsync(AlertTopic topic, string key, CancellationToken cancellationToken = default) => topic switch
    {
        AlertTopic.Everything => true,
        AlertTopic.Kind => Enum.TryParse<PublicationKind>(key, out var kind) && Enum.IsDefined(kind),
        AlertTopic.Section => await db.Sections.AnyAsync(s => s.Slug == key, cancellationToken),
        AlertTopic.Person => await db.People.AnyAsync(p => p.Slug == key, cancellationToken),
        AlertTopic.Tag => await db.Tags.AnyAsync(t => t.Slug == key, cancellationToken),
        AlertTopic.Body => await db.OrganizationBodies.AnyAsync(b => b.Slug == key, cancellationToken),
        _ => false,
    };

    public Task SaveAsync(CancellationToken cancellationToken = default) => db.SaveChangesAsync(cancellationToken);

    private Task<AlertSubscription?> SameTopicAsync(AlertSubscription wanted, CancellationToken cancellationToken) =>
        db.AlertSubscriptions.FirstOrDefaultAsync(s => s.Email == wanted.Email && s.Topic == wanted.Topic && s.TopicKey == wanted.TopicKey
                                                       && s.Language == wanted.Language, cancellationToken);
}
