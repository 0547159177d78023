namespace CstoPress.Web.Caching;

/// <summary>
/// Whether this node hears the other nodes' changes right now (<see cref="ChangesFromOtherNodes"/>). While it
/// does not, a kept page counts as fresh for <see cref="CachingOptions.LifetimeWithoutNotices"/> only
/// (<see cref="OutageTolerantCacheStore"/>): a withdrawal elsewhere then shows here that late at worst.
/// </summary>
public sealed class ListeningToOtherNodes
{
    private volatile bool _listening;

    public bool IsListening
    {
        get => _listening;
        set => _listening = value;
    }
}
