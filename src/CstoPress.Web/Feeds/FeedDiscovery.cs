using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace CstoPress.Web.Feeds;

/// <summary>A feed a page offers: announced in its head for feed readers, and shown as links where the page chooses.</summary>
public sealed record FeedAnnouncement(string Title, string Path, FeedFormat Format);

/// <summary>
/// Listing pages name their feeds through ViewData; the layout announces them with
/// &lt;link rel="alternate"&gt; so a reader given the page's address finds the feed by itself.
/// </summary>
public static class FeedDiscovery
{
    private const string ViewDataKey = "CstoPress.Feeds";

    /// <param name="prefix">The site's name in the page's language, before the feed's own title.</param>
    public static void Announce(this ViewDataDictionary viewData, string prefix, string title, Func<FeedFormat, string> path)
    {
        viewData[ViewDataKey] = new[] { FeedFormat.Atom, FeedFormat.Rss }
            .Select(format => new FeedAnnouncement($"{prefix}: {title} ({(format == FeedFormat.Rss ? "RSS" : "Atom")})", path(format), format))
            .ToList();
    }

    public static IReadOnlyList<FeedAnnouncement> Announced(this ViewDataDictionary viewData) =>
        viewData[ViewDataKey] as IReadOnlyList<FeedAnnouncement> ?? [];
}
