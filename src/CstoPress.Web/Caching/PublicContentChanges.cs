using CstoPress.Data;
using CstoPress.Data.Nodes;
using Microsoft.AspNetCore.OutputCaching;

namespace CstoPress.Web.Caching;

/// <summary>
/// Told whenever something readers see may have changed: tells every node (<see cref="ChangesFromOtherNodes"/>
/// hears it there) and stops serving the pages this node kept. With a read replica, the pages are cleared
/// once the replica has the change, so that the next page made has it too.
/// </summary>
public sealed class PublicContentChanges(
    IOutputCacheStore store, KeptCatalog catalog, PublicContentChannel channel, ReplicaCatchUp replica,
    ILogger<PublicContentChanges> logger)
{
    /// <summary>How long a change waits for the replica before the pages are cleared all the same.</summary>
    private static readonly TimeSpan ReplicaPatience = TimeSpan.FromSeconds(5);

    /// <summary>This node, as its notices name it, so that it does not act on its own twice.</summary>
    public string Node { get; } = Guid.NewGuid().ToString("N");

    public async Task ChangedAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var notice = await channel.AnnounceAsync(Node, cancellationToken);
            await AfterReplicaHasAsync(notice.WalPosition, cancellationToken);
        }
        catch (Exception failure) when (DatabaseFailures.IsOutage(failure))
        {
            // The other nodes have lost their channel too, and keep pages only briefly until it is back.
            logger.LogWarning(failure, "Could not tell the other nodes of a change of content; they catch up when their channel is back");
        }

        await ClearKeptPagesAsync(cancellationToken);
    }

    /// <summary>Waits until the replica has <paramref name="walPosition"/>, or gives up after a while and says so.</summary>
    internal async Task AfterReplicaHasAsync(string walPosition, CancellationToken cancellationToken)
    {
        if (!await replica.WaitForAsync(walPosition, ReplicaPatience, cancellationToken))
        {
            logger.LogWarning("The read replica had not replayed {WalPosition} after {Patience}; kept pages cleared all the same",
                walPosition, ReplicaPatience);
        }
    }

    internal async Task ClearKeptPagesAsync(CancellationToken cancellationToken)
    {
        catalog.Clear();
        await store.EvictByTagAsync(PublicOutputCache.Tag, cancellationToken);
        logger.LogDebug("Public pages kept by this node were cleared after a change of content");
    }
}
