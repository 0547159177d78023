using CstoPress.Core.Alerts;
using CstoPress.Core.Auditing;

namespace CstoPress.Data.Repositories.Editorial;

/// <summary>
/// What the press office's clock does by itself: publishing scheduled items whose time has come and
/// purging the trash. Each claim and its audit entries commit together, and a retried transaction
/// claims nothing twice.
/// </summary>
public sealed class ScheduledPublishingStore(CstoPressDbContext db)
{
    /// <summary>
    /// Publishes every scheduled item whose time has come, in one statement: PostgreSQL lets only one
    /// node's UPDATE change each row, so with any number of nodes each item is published exactly once.
    /// The same statement stores each item's alert (as <see cref="Alert.For"/> makes it, leaving after
    /// <paramref name="alertDelay"/>), so an item is never published without telling its subscribers, nor twice.
    /// </summary>
    public Task<IReadOnlyList<DuePublication>> PublishDueAsync(DateTimeOffset now, string actor, TimeSpan alertDelay,
        CancellationToken cancellationToken = default)
    {
        var sendAfter = now + alertDelay;
        return InOneTransactionAsync(async ct => await db.Database.SqlQuery<DuePublication>(
            $"""
            WITH published AS (
                UPDATE publications SET status = 'Published', updated_at = {now}
                WHERE status = 'Scheduled' AND published_at <= {now} AND deleted_at IS NULL
                RETURNING id, title
            ), alerted AS (
                INSERT INTO alerts (publication_id, kind, created_at, send_after, recipients)
                SELECT id, 'Published', {now}, {sendAfter}, 0 FROM published
            )
            SELECT id AS "Id", title AS "Title" FROM published
            """).ToListAsync(ct),
            item => new AuditEntry
            {
                At = now, Actor = actor, Action = "published", Subject = item.Title, PublicationId = item.Id,
                Details = "at its scheduled time",
            }, cancellationToken);
    }

    /// <summary>When the next scheduled item is due; a time already past means one is due and not yet published.</summary>
    public Task<DateTimeOffset?> NextReleaseAsync(CancellationToken cancellationToken = default) =>
        db.Publications.AsNoTracking()
            .Where(p => p.Status == PublicationStatus.Scheduled && p.DeletedAt == null)
            .MinAsync(p => p.PublishedAt, cancellationToken);

    /// <summary>
    /// Removes for good the items deleted at or before <paramref name="deletedBefore"/>, in one
    /// statement: with any number of nodes purging, each item is removed (and reported) once. Their
    /// revisions, photos, notes and links go with them by cascade; the stored images of their photos
    /// are deleted in the same statement. The audit log keeps its entries (it has no foreign key).
    /// </summary>
    public Task<IReadOnlyList<PurgedPublication>> PurgeTrashAsync(DateTimeOffset deletedBefore, DateTimeOffset now, string actor,
        CancellationToken cancellationToken = default) =>
        InOneTransactionAsync(async ct => await db.Database.SqlQuery<PurgedPublication>(
            $"""
            WITH purged AS (
                DELETE FROM publications WHERE deleted_at IS NOT NULL AND deleted_at <= {deletedBefore}
                RETURNING id, title, deleted_at
            ), images AS (
                DELETE FROM stored_images s USING photos ph
                WHERE ph.publication_id IN (SELECT id FROM purged) AND (s.id = ph.image_id OR s.id = ph.thumbnail_id)
            )
            SELECT id, title, deleted_at FROM purged
            """).ToListAsync(ct),
            item => new AuditEntry
            {
                At = now, Actor = actor, Action = "purged", Subject = item.Title, PublicationId = item.Id,
                Details = $"in the trash since {item.DeletedAt:yyyy-MM-dd HH:mm} UTC",
            }, cancellationToken);

    private Task<IReadOnlyList<T>> InOneTransactionAsync<T>(
        Func<CancellationToken, Task<List<T>>> claim, Func<T, AuditEntry> auditEntryOf, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var claimed = await claim(ct);
            db.AuditLog.AddRange(claimed.Select(auditEntryOf));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return (IReadOnlyList<T>)claimed;
        }, cancellationToken);
}
