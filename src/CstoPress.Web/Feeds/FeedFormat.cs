namespace CstoPress.Web.Feeds;

public enum FeedFormat
{
    Atom,
    Rss,
}

public static class FeedFormats
{
    public static string Extension(this FeedFormat format) => format == FeedFormat.Rss ? "rss" : "atom";

    public static string MediaType(this FeedFormat format) => format == FeedFormat.Rss ? "application/rss+xml" : "application/atom+xml";

    public static bool TryParse(string? extension, out FeedFormat format)
    {
        format = FeedFormat.Atom;
        switch (extension)
        {
            case "atom":
                return true;
            case "rss":
                format = FeedFormat.Rss;
                return true;
            default:
                return false;
        }
    }
}
