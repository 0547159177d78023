using System.Buffers.Binary;
using Microsoft.AspNetCore.OutputCaching;

namespace CstoPress.Web.Caching;

/// <summary>
/// The output cache's store, keeping each page past its lifetime so that it can still be served while
/// the database is unreachable. ASP.NET Core's output cache has no 'serve stale on error' of its own:
/// its store forgets an entry when its lifetime ends. So every entry is kept for its lifetime plus
/// <see cref="CachingOptions.OutageGrace"/>, with the moment it goes stale written in front of it; a
/// stale entry is only handed back while <see cref="DatabaseReachability"/> says the database is away.
/// Evicting by tag (on publishing) removes the entry at once, stale copy included: withdrawn text is
/// never served again, outage or not.
/// </summary>
public sealed class OutageTolerantCacheStore(
    IOutputCacheStore inner, DatabaseReachability database, TimeProvider time, IOptions<CachingOptions> options) : IOutputCacheStore
{
    private const int StaleAtSize = sizeof(long);

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => inner.EvictByTagAsync(tag, cancellationToken);

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var stored = await inner.GetAsync(key, cancellationToken);
        if (stored is null || stored.Length < StaleAtSize)
        {
            return null;
        }

        var staleAt = BinaryPrimitives.ReadInt64LittleEndian(stored);
        var fresh = time.GetUtcNow().UtcTicks < staleAt;
        return fresh || database.RecentlyUnreachable ? stored[StaleAtSize..] : null;
    }

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        var stored = new byte[StaleAtSize + value.Length];
        BinaryPrimitives.WriteInt64LittleEndian(stored, (time.GetUtcNow() + validFor).UtcTicks);
        value.CopyTo(stored, StaleAtSize);
        return inner.SetAsync(key, stored, tags, validFor + options.Value.OutageGrace, cancellationToken);
    }
}
