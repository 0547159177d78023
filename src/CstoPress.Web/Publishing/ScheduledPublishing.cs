namespace CstoPress.Web.Publishing;

/// <summary>Publishes the scheduled items whose time has come, each noted in the audit log, and refreshes the public pages.</summary>
public sealed class ScheduledPublishing(
    ScheduledPublishingStore store, PublicContentChanges publicContent, TimeProvider time, IOptions<Alerts.AlertOptions> alerts,
    ILogger<ScheduledPublishing> logger)
{
    public const string Actor = "scheduler";

    public async Task<IReadOnlyList<DuePublication>> PublishDueAsync(CancellationToken cancellationToken = default)
    {
        var published = await store.PublishDueAsync(time.GetUtcNow(), Actor, alerts.Value.ImmediateDelay, cancellationToken);
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
