namespace CstoPress.Web.Caching;

/// <summary>
/// Whether the database failed to answer a moment ago. Only an observation of this node, not state to
/// share: each node finds out for itself, and forgets after <see cref="CachingOptions.OutageBackoff"/>.
/// </summary>
public sealed class DatabaseReachability(TimeProvider time, IOptions<CachingOptions> options)
{
    private long _lastFailureTicks = long.MinValue;

    public bool RecentlyUnreachable =>
        Interlocked.Read(ref _lastFailureTicks) is var ticks && ticks != long.MinValue
        && time.GetUtcNow().UtcTicks - ticks < options.Value.OutageBackoff.Ticks;

    public void MarkUnreachable() => Interlocked.Exchange(ref _lastFailureTicks, time.GetUtcNow().UtcTicks);
}
