using Microsoft.AspNetCore.OutputCaching;

namespace CstoPress.Web.Caching;

/// <summary>
/// Told whenever something readers see may have changed, so that this node stops serving the pages it
/// kept. Other nodes catch up within <see cref="CachingOptions.PublicLifetime"/>.
/// </summary>
public sealed class PublicContentChanges(IOutputCacheStore store, KeptCatalog catalog, ILogger<PublicContentChanges> logger)
{
    public async Task ChangedAsync(CancellationToken cancellationToken = default)
    {
        catalog.Clear();
        await store.EvictByTagAsync(PublicOutputCache.Tag, cancellationToken);
        logger.LogDebug("Public pages kept by this node were cleared after a change of content");
    }
}
