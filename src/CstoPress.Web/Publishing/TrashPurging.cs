using CstoPress.Core.Auditing;
using CstoPress.Data;
using CstoPress.Data.Repositories.Editorial;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CstoPress.Web.Publishing;

/// <summary>
/// Removes for good the items that have waited in the trash longer than Publishing__TrashRetention,
/// noting each in the audit log.
/// </summary>
public sealed class TrashPurging(CstoPressDbContext db, EditorialRepository editorial, TimeProvider time, IOptions<PublishingOptions> options, ILogger<TrashPurging> logger)
{
    public async Task<IReadOnlyList<PurgedPublication>> PurgeAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var deletedBefore = now - options.Value.TrashRetention;
        // The purge and its audit entries commit together; a retried transaction purges nothing twice.
        var purged = await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var removed = await editorial.PurgeTrashAsync(deletedBefore, ct);
            foreach (var item in removed)
            {
                editorial.Record(new AuditEntry
                {
                    At = now, Actor = ScheduledPublishing.Actor, Action = "purged", Subject = item.Title, PublicationId = item.Id,
                    Details = $"in the trash since {item.DeletedAt:yyyy-MM-dd HH:mm} UTC",
                });
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return removed;
        }, cancellationToken);

        if (purged.Count > 0)
        {
            logger.LogInformation("Purged {Count} item(s) deleted before {DeletedBefore:O} from the trash: {PublicationIds}",
                purged.Count, deletedBefore, purged.Select(p => p.Id).ToArray());
        }

        return purged;
    }
}
