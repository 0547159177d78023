using System.Globalization;
using System.Xml.Linq;

namespace CstoPress.Web.Tests.Seo;

public class SitemapTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";
    private readonly HttpClient _client = portal.CreateClient();

    [Fact]
    public async Task TheSitemapListsListedPublicationsAndLandingPagesWithLastmod()
    {
        Publication listed = new PublicationBuilder(portal.News, "Sitemap: listed")
            .With(p => p.UpdatedAt = PortalFactory.StartTime.AddMinutes(-7));
        Publication russian = new PublicationBuilder(portal.News, "Карта сайта").InRussian();
        Publication draft = new PublicationBuilder(portal.News, "Sitemap: draft").Draft();
        Publication withdrawn = new PublicationBuilder(portal.News, "Sitemap: withdrawn").Withdrawn("Error.");
        Publication future = new PublicationBuilder(portal.News, "Sitemap: future").PublishedAt(PortalFactory.StartTime.AddDays(2));
        await portal.AddAsync(listed, russian, draft, withdrawn, future);

        var response = await _client.GetAsync("/sitemap.xml");
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var urls = UrlSet(document);

        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(PortalFactory.StartTime.AddMinutes(-7), urls[$"http://localhost/news/{listed.Slug}"]);
        Assert.True(urls.ContainsKey($"http://localhost/ru/news/{russian.Slug}"));
        Assert.DoesNotContain(urls.Keys, u => u.EndsWith(draft.Slug, StringComparison.Ordinal) || u.EndsWith(withdrawn.Slug, StringComparison.Ordinal) || u.EndsWith(future.Slug, StringComparison.Ordinal));
        Assert.True(urls.ContainsKey("http://localhost/"));
        Assert.True(urls.ContainsKey("http://localhost/ru"));
        Assert.True(urls.ContainsKey("http://localhost/sections/news"));
        Assert.NotNull(urls["http://localhost/sections/news"]);
        Assert.True(urls.ContainsKey("http://localhost/people/stanislav-zas"));
    }

    [Fact]
    public async Task TheNewsSitemapHoldsOnlyTheLastTwoDays()
    {
        Publication today = new PublicationBuilder(portal.Catalog.Section("statements"), "News sitemap: today");
        Publication old = new PublicationBuilder(portal.Catalog.Section("statements"), "News sitemap: last week")
            .PublishedAt(PortalFactory.StartTime.AddDays(-7));
        await portal.AddAsync(today, old);

        var document = XDocument.Parse(await _client.GetStringAsync("/sitemaps/news.xml"));
        var entries = document.Root!.Elements(Sitemap + "url").ToList();

        var entry = Assert.Single(entries, e => e.Element(Sitemap + "loc")!.Value.EndsWith(today.Slug, StringComparison.Ordinal));
        var news = entry.Element(News + "news")!;
        Assert.Equal("CSTO Press Office", news.Element(News + "publication")!.Element(News + "name")!.Value);
        Assert.Equal("en", news.Element(News + "publication")!.Element(News + "language")!.Value);
        Assert.Equal("2024-07-26T11:00:00Z", news.Element(News + "publication_date")!.Value);
        Assert.Equal("News sitemap: today", news.Element(News + "title")!.Value);
        Assert.DoesNotContain(entries, e => e.Element(Sitemap + "loc")!.Value.EndsWith(old.Slug, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RobotsKeepsTheAdminOutAndNamesTheSitemaps()
    {
        var response = await _client.GetAsync("/robots.txt");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("User-agent: *", text, StringComparison.Ordinal);
        Assert.Contains("Disallow: /admin", text.Split('\n'));
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", text.Split('\n'));
        Assert.Contains("Sitemap: http://localhost/sitemaps/news.xml", text.Split('\n'));
    }

    [Fact]
    public async Task APublicationsPartBeyondTheSitemapIsNotFound()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/sitemaps/publications-99.xml")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/sitemaps/publications-0.xml")).StatusCode);
    }

    /// <summary>Checks the sitemap protocol's structure and returns each address with its lastmod.</summary>
    internal static Dictionary<string, DateTimeOffset?> UrlSet(XDocument document)
    {
        var root = document.Root!;
        Assert.Equal(Sitemap + "urlset", root.Name);
        Assert.True(root.Elements().Count() <= 50_000);
        var urls = new Dictionary<string, DateTimeOffset?>();
        foreach (var url in root.Elements())
        {
            Assert.Equal(Sitemap + "url", url.Name);
            var location = url.Element(Sitemap + "loc")!.Value;
            Assert.True(Uri.IsWellFormedUriString(location, UriKind.Absolute), location);
            Assert.True(location.Length < 2048);
            DateTimeOffset? lastModified = null;
            if (url.Element(Sitemap + "lastmod") is { } lastmod)
            {
                Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", lastmod.Value);
                lastModified = DateTimeOffset.Parse(lastmod.Value, CultureInfo.InvariantCulture);
            }

            urls.Add(location, lastModified);
        }

        return urls;
    }
}
