using CstoPress.Core.Alerts;
using CstoPress.Core.Journalists;
using CstoPress.Data.Repositories.Editorial;

namespace CstoPress.Data.Repositories.Alerts;

/// <summary>
/// The outbox the senders of every node work from. Each step takes its rows with FOR UPDATE SKIP LOCKED in a
/// transaction of its own, so two nodes never take the same alert, digest or message, and a node that stops
/// half-way leaves nothing taken for long: a claimed message whose sender died is free again after its lease.
/// </summary>
public sealed class AlertOutbox(CstoPressDbContext db)
{
    /// <summary>
    /// Gives the alerts whose delay has passed, and that nobody holds, to the subscribers they concern, as one
    /// delivery each. An item no longer public (or no longer under embargo) by then is told to nobody.
    /// </summary>
    public Task<int> GiveOutDueAlertsAsync(DateTimeOffset now, CancellationToken cancellationToken = default) =>
        db.InOneTransactionAsync(async ct =>
        {
            var due = await db.Alerts.FromSql(
                $"""
                SELECT * FROM alerts WHERE given_out_at IS NULL AND held_at IS NULL AND send_after <= {now}
                ORDER BY id LIMIT 20 FOR UPDATE SKIP LOCKED
                """).ToListAsync(ct);
            foreach (var alert in due)
            {
                var recipients = await RecipientsAsync(alert, now, ct);
                db.AlertDeliveries.AddRange(recipients.Select(id => new AlertDelivery
                {
                    SubscriptionId = id, AlertId = alert.Id, Purpose = DeliveryPurpose.Alert, CreatedAt = now, NextAttemptAt = now,
                }));
                alert.GivenOutAt = now;
                alert.Recipients = recipients.Count;
            }

            await db.SaveChangesAsync(ct);
            return due.Count;
        }, cancellationToken);

    private async Task<List<int>> RecipientsAsync(Alert alert, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var embargoed = alert.Kind == AlertKind.Embargoed;
        var item = await db.Publications.AsNoTracking()
            .Where(embargoed ? EmbargoVisibility.SeenByJournalists : PublicVisibility.Listed(now))
            .Where(p => p.Id == alert.PublicationId)
            .Select(p => new
            {
                p.Language, Section = p.Section!.Slug, p.Kind,
                People = p.People.Select(x => x.Slug).ToList(), Tags = p.Tags.Select(x => x.Slug).ToList(), Bodies = p.Bodies.Select(x => x.Slug).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (item is null)
        {
            return [];
        }

        var facets = new PublicationFacets(item.Language, item.Section, item.Kind, item.People, item.Tags, item.Bodies);
        var audience = db.AlertSubscriptions.Where(AlertAudience.For(facets, alert.Kind));
        if (embargoed)
        {
            var accredited = db.Accreditations.Where(Accreditation.Active(now)).Select(a => (int?)a.Id);
            audience = audience.Where(s => accredited.Contains(s.AccreditationId));
        }

        // One message per address: who follows both everything and the item's section hears of it once.
        return await audience.GroupBy(s => s.Email).Select(g => g.Min(s => s.Id)).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Queues the digests that are due: each covers what its subscription follows, published since the last one
    /// (nothing is sent for an empty window), and the next is set at the next sending time.
    /// </summary>
    public Task<int> QueueDueDigestsAsync(DateTimeOffset now, CancellationToken cancellationToken = default) =>
        db.InOneTransactionAsync(async ct =>
        {
            var due = await db.AlertSubscriptions.FromSql(
                $"""
                SELECT * FROM alert_subscriptions WHERE status = 'Active' AND next_digest_at <= {now}
                ORDER BY id LIMIT 200 FOR UPDATE SKIP LOCKED
                """).ToListAsync(ct);
            var queued = 0;
            foreach (var subscription in due)
            {
                var from = subscription.LastDigestAt ?? subscription.ConfirmedAt ?? now;
                if (await DigestItems(subscription, from, now).AnyAsync(ct))
                {
                    db.AlertDeliveries.Add(new AlertDelivery
                    {
                        SubscriptionId = subscription.Id, Purpose = DeliveryPurpose.Digest, WindowFrom = from, WindowTo = now,
                        CreatedAt = now, NextAttemptAt = now,
                    });
                    queued++;
                }

                subscription.StartDigests(now);
            }

            await db.SaveChangesAsync(ct);
            return queued;
        }, cancellationToken);

    /// <summary>What a digest covers: the public items its subscription follows, published after <paramref name="from"/> up to <paramref name="to"/>.</summary>
    internal IQueryable<Publication> DigestItems(AlertSubscription subscription, DateTimeOffset from, DateTimeOffset to) =>
        db.Publications.AsNoTracking()
            .Where(PublicVisibility.Listed(to))
            .Where(AlertAudience.Covers(subscription))
            .Where(p => p.PublishedAt > from && p.PublishedAt <= to);

    /// <summary>
    /// Takes up to <paramref name="most"/> waiting messages whose time has come, for <paramref name="lease"/>, within
    /// the send rate: no more than <paramref name="perMinute"/> taken by all nodes in any minute. Taking is
    /// serialised by an advisory lock (held for the length of this short transaction) so the rate is counted once.
    /// </summary>
    public Task<IReadOnlyList<AlertDelivery>> ClaimAsync(DateTimeOffset now, int most, TimeSpan lease, int perMinute,
        CancellationToken cancellationToken = default) =>
        db.InOneTransactionAsync(async ct =>
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SendRateLock})", ct);
            var minuteAgo = now.AddMinutes(-1);
            var taken = await db.AlertDeliveries.CountAsync(d => d.LastAttemptAt > minuteAgo, ct);
            var allowed = Math.Min(most, Math.Max(0, perMinute - taken));
            var until = now + lease;
            var ids = await db.Database.SqlQuery<long>(
                $"""
                UPDATE alert_deliveries SET claimed_until = {until}, last_attempt_at = {now}, attempts = attempts + 1
                WHERE id IN (
                    SELECT id FROM alert_deliveries
                    WHERE status = 'Waiting' AND next_attempt_at <= {now} AND (claimed_until IS NULL OR claimed_until < {now})
                    ORDER BY next_attempt_at, id LIMIT {allowed} FOR UPDATE SKIP LOCKED)
                RETURNING id AS "Value"
                """).ToListAsync(ct);
            return (IReadOnlyList<AlertDelivery>)await db.AlertDeliveries.AsNoTracking()
                .Include(d => d.Subscription).Include(d => d.Alert)
                .Where(d => ids.Contains(d.Id)).OrderBy(d => d.Id).ToListAsync(ct);
        }, cancellationToken);

    /// <summary>Any number, the same on every node: the lock that lets one node at a time count the send rate.</summary>
    private const long SendRateLock = 0x43_53_54_4F_41_4C;

    public Task RecordSentAsync(long deliveryId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        RecordAsync(deliveryId, (delivery, _) => DeliveryRetries.Sent(delivery, now), cancellationToken);

    public Task RecordFailureAsync(long deliveryId, bool permanent, string reason, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        RecordAsync(deliveryId, (delivery, subscription) =>
        {
            var shortened = reason.Length > 1000 ? reason[..1000] : reason;
            if (permanent)
            {
                DeliveryRetries.FailedForGood(delivery, subscription, shortened);
            }
            else
            {
                DeliveryRetries.FailedForNow(delivery, shortened, now);
            }
        }, cancellationToken);

    /// <summary>A message with nothing left to say (its item taken down meanwhile): not sent, not held against the address.</summary>
    public Task RecordDroppedAsync(long deliveryId, string reason, CancellationToken cancellationToken = default) =>
        RecordAsync(deliveryId, (delivery, _) =>
        {
            delivery.Status = DeliveryStatus.Failed;
            delivery.LastError = reason;
            delivery.ClaimedUntil = null;
        }, cancellationToken);

    private async Task RecordAsync(long deliveryId, Action<AlertDelivery, AlertSubscription> outcome, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var delivery = await db.AlertDeliveries.Include(d => d.Subscription).FirstOrDefaultAsync(d => d.Id == deliveryId, cancellationToken);
        if (delivery?.Subscription is null)
        {
            return;
        }

        outcome(delivery, delivery.Subscription);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Erases, with their messages, the addresses unsubscribed from everything for <see cref="AlertSubscription.ErasedAfterUnsubscribing"/>,
    /// and sign-ups never confirmed within <see cref="AlertSubscription.UnconfirmedErasedAfter"/>.
    /// </summary>
    public Task<int> EraseLapsedAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var unsubscribedBefore = now - AlertSubscription.ErasedAfterUnsubscribing;
        var unconfirmedBefore = now - AlertSubscription.UnconfirmedErasedAfter;
        return db.Database.ExecuteSqlAsync(
            $"""
            DELETE FROM alert_subscriptions s
            WHERE (s.status = 'AwaitingConfirmation' AND s.created_at <= {unconfirmedBefore})
               OR (s.status = 'Unsubscribed' AND s.unsubscribed_at <= {unsubscribedBefore}
                   AND NOT EXISTS (SELECT 1 FROM alert_subscriptions o WHERE o.email = s.email
                                   AND (o.status <> 'Unsubscribed' OR o.unsubscribed_at > {unsubscribedBefore})))
            """, cancellationToken);
    }
}
