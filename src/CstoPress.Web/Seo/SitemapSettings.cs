namespace CstoPress.Web.Seo;

/// <summary>The sitemap protocol allows 50,000 addresses a file; past that the sitemap becomes an index of files.</summary>
public sealed record SitemapSettings(int UrlsPerFile)
{
    public const int ProtocolLimit = 50_000;
}
