using CstoPress.Core.Alerts;
using CstoPress.Core.Auditing;
using CstoPress.Data.Repositories.Editorial;

namespace CstoPress.Data.Repositories.Alerts;

/// <summary>The press office's view of the outbox: the alerts, what became of their messages, and holding or retitling one before it goes.</summary>
public sealed class AlertQueueRepository(CstoPressDbContext db)
{
    /// <summary>The latest alerts, newest first, each with its item's title and how many of its messages were sent, wait or failed.</summary>
    public async Task<IReadOnlyList<QueuedAlert>> LatestAsync(int count, CancellationToken cancellationToken = default) =>
        await db.Alerts.AsNoTracking()
            .OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id)
            .Take(count)
            .Select(a => new QueuedAlert(
                a.Id, a.PublicationId,
                db.Publications.Where(p => p.Id == a.PublicationId).Select(p => p.Title).FirstOrDefault() ?? "",
                a.Kind, a.Subject, a.CreatedAt, a.SendAfter, a.HeldAt, a.HeldBy, a.GivenOutAt, a.Recipients,
                db.AlertDeliveries.Count(d => d.AlertId == a.Id && d.Status == DeliveryStatus.Sent),
                db.AlertDeliveries.Count(d => d.AlertId == a.Id && d.Status == DeliveryStatus.Waiting),
                db.AlertDeliveries.Count(d => d.AlertId == a.Id && d.Status == DeliveryStatus.Failed)))
            .ToListAsync(cancellationToken);

    /// <summary>Messages of any kind that failed or wait after a failure, with the reason, the latest first.</summary>
    public async Task<IReadOnlyList<FailingDelivery>> FailingAsync(int count, CancellationToken cancellationToken = default) =>
        await db.AlertDeliveries.AsNoTracking()
            .Where(d => d.LastError != null && d.Status != DeliveryStatus.Sent)
            .OrderByDescending(d => d.LastAttemptAt).ThenByDescending(d => d.Id)
            .Take(count)
            .Select(d => new FailingDelivery(d.Id, d.Subscription!.Email, d.Purpose, d.Status, d.Attempts, d.LastError!, d.LastAttemptAt, d.NextAttemptAt))
            .ToListAsync(cancellationToken);

    /// <summary>How many messages of every kind were sent, wait, and failed.</summary>
    public async Task<IReadOnlyDictionary<DeliveryStatus, int>> TotalsAsync(CancellationToken cancellationToken = default) =>
        await db.AlertDeliveries.AsNoTracking().GroupBy(d => d.Status)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    /// <summary>The outbox's length, for the operators' metrics; both counts walk a partial index of what waits.</summary>
    public async Task<OutboxLength> LengthAsync(CancellationToken cancellationToken = default) =>
        new(await db.Alerts.AsNoTracking().CountAsync(a => a.GivenOutAt == null, cancellationToken),
            await db.AlertDeliveries.AsNoTracking().CountAsync(d => d.Status == DeliveryStatus.Waiting, cancellationToken));

    /// <summary>An alert to hold, release or retitle, tracked; saved with <see cref="SaveAsync"/>.</summary>
    public Task<Alert?> ByIdAsync(long id, CancellationToken cancellationToken = default) =>
        db.Alerts.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    /// <summary>
    /// Saves the change with its audit entry. An alert a sender gave out meanwhile is refused: the sender takes
    /// alerts with FOR UPDATE, so this row lock waits for it and then sees it given out.
    /// </summary>
    public Task<bool> SaveAsync(Alert alert, AuditEntry entry, CancellationToken cancellationToken = default) =>
        db.InOneTransactionAsync(async ct =>
        {
            var stillOpen = await db.Database.SqlQuery<long>(
                $"SELECT id AS \"Value\" FROM alerts WHERE id = {alert.Id} AND given_out_at IS NULL FOR UPDATE").AnyAsync(ct);
            if (!stillOpen)
            {
                return false;
            }

            db.Alerts.Attach(alert).State = EntityState.Modified;
            db.AuditLog.Add(entry);
            await db.SaveChangesAsync(ct);
            return true;
        }, cancellationToken);
}
