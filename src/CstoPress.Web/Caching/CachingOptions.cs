namespace CstoPress.Web.Caching;

/// <summary>How long what readers see is kept ready-made, configured under <c>Caching</c>.</summary>
public sealed class CachingOptions
{
    public const string SectionName = "Caching";

    /// <summary>Off, every request reads the database (useful when checking a change by hand).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How long a public page is served as it was made. A change on any node clears the pages of every node
    /// at once (<see cref="ChangesFromOtherNodes"/>); this is how late a change made straight in the database can show.
    /// </summary>
    public TimeSpan PublicLifetime { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long a kept page counts as fresh while this node cannot hear the other nodes' changes: how late it may then be.</summary>
    public TimeSpan LifetimeWithoutNotices { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long after it went stale a page is still kept, to be served while the database cannot be reached.</summary>
    public TimeSpan OutageGrace { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long, after the database last failed to answer, stale pages are preferred to asking it again.</summary>
    public TimeSpan OutageBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The most memory the kept pages may take on one node.</summary>
    public long SizeLimitBytes { get; set; } = 256L * 1024 * 1024;
}
