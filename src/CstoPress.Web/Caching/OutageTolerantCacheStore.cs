using System.Buffers.Binary;
using Microsoft.AspNetCore.OutputCaching;

namespace CstoPress.Web.Caching;

/// <summary>
/// The output cache's store, keeping each page past its lifetime so that it can still be served while
/// the database is unreachable. ASP.NET Core's output cache has no 'serve stale on error' of its own:
/// its store forgets an entry when its lifetime ends. So every entry is kept for its lifetime plus
/// <see cref="CachingOptions.OutageGrace"/>, with the moment it goes stale written in front of it; a
/// stale entry is only handed back while <see cref="DatabaseReachability"/> says the database is away.
/// The moment it was kept is written too: while this node cannot hear the other nodes' changes
/// (<see cref="ListeningToOtherNodes"/>), an entry is fresh for <see cref="CachingOptions.LifetimeWithoutNotices"/> only.
/// Evicting by tag (on publishing) removes the entry at once, stale copy included: withdrawn text is
/// never served again, outage or not.
/// </summary>
public sealed class OutageTolerantCacheStore(
    IOutputCacheStore inner, DatabaseReachability database, ListeningToOtherNodes otherNodes, TimeProvider time, IOptions<CachingOptions> options)
    : IOutputCacheStore
{
    private const int HeaderSize = 2 * sizeof(long);

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => inner.EvictByTagAsync(tag, cancellationToken);

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var stored = await inner.GetAsync(key, cancellationToken);
        if (stored is null || stored.Length < HeaderSize)
        {
            return null;
        }

        var staleAt = BinaryPrimitives.ReadInt64LittleEndian(stored);
        var keptAt = BinaryPrimitives.ReadInt64LittleEndian(stored.AsSpan(sizeof(long)));
        var now = time.GetUtcNow().UtcTicks;
        var fresh = now < staleAt && (otherNodes.IsListening || now - keptAt < options.Value.LifetimeWithoutNotices.Ticks);
        return fresh || database.RecentlyUnreachable ? stored[HeaderSize..] : null;
    }

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        var stored = new byte[HeaderSize + value.Length];
        var now = time.GetUtcNow();
        BinaryPrimitives.WriteInt64LittleEndian(stored, (now + validFor).UtcTicks);
        BinaryPrimitives.WriteInt64LittleEndian(stored.AsSpan(sizeof(long)), now.UtcTicks);
        value.CopyTo(stored, HeaderSize);
        return inner.SetAsync(key, stored, tags, validFor + options.Value.OutageGrace, cancellationToken);
    }
}
