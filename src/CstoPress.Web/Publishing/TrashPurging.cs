namespace CstoPress.Web.Publishing;

/// <summary>
/// Removes for good the items that have waited in the trash longer than Publishing__TrashRetention,
/// noting each in the audit log.
/// </summary>
public sealed class TrashPurging(ScheduledPublishingStore store, TimeProvider time, IOptions<PublishingOptions> options, ILogger<TrashPurging> logger)
{
    public async Task<IReadOnlyList<PurgedPublication>> PurgeAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var deletedBefore = now - options.Value.TrashRetention;
        var purged = await store.PurgeTrashAsync(deletedBefore, now, ScheduledPublishing.Actor, cancellationToken);
        if (purged.Count > 0)
        {
            logger.LogInformation("Purged {Count} item(s) deleted before {DeletedBefore:O} from the trash: {PublicationIds}",
                purged.Count, deletedBefore, purged.Select(p => p.Id).ToArray());
        }

        return purged;
    }
}
