using CstoPress.Core.Auditing;
using CstoPress.Data;
using CstoPress.Data.Repositories.Editorial;
using CstoPress.Web.Caching;
using Microsoft.EntityFrameworkCore;

namespace CstoPress.Web.Publishing;

/// <summary>Publishes the scheduled items whose time has come, and notes each in the audit log.</summary>
public sealed class ScheduledPublishing(
    CstoPressDbContext db, EditorialRepository editorial, PublicContentChanges publicContent, TimeProvider time, ILogger<ScheduledPublishing> logger)
{
    public const string Actor = "scheduler";

    public async Task<IReadOnlyList<DuePublication>> PublishDueAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        // The claim and its audit entries commit together; a retried transaction claims nothing twice.
        var published = await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var due = await editorial.PublishDueAsync(now, ct);
            foreach (var item in due)
            {
                editorial.Record(new AuditEntry
                {
                    At = now, Actor = Actor, Action = "published", Subject = item.Title, PublicationId = item.Id,
                    Details = "at its scheduled time",
                });
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return due;
        }, cancellationToken);

        if (published.Count > 0)
        {
            await publicContent.ChangedAsync(cancellationToken);
        }

        foreach (var item in published)
        {
            logger.LogInformation("Published scheduled item {PublicationId} {Title}", item.Id, item.Title);
        }

        return published;
    }
}
