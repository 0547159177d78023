using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting;

namespace CstoPress.Web.Tests.Seo;

/// <summary>A portal whose sitemap files hold 30 addresses instead of 50,000, so splitting can be seen on a small archive.</summary>
public class SmallSitemapPortal : SeededPortal
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Sitemaps:UrlsPerFile", "30");
    }
}

public class SitemapIndexTests(SmallSitemapPortal portal) : IClassFixture<SmallSitemapPortal>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private readonly HttpClient _client = portal.CreateClient();

    [Fact]
    public async Task PastTheLimitTheSitemapBecomesAnIndexOfFilesThatTogetherListEverything()
    {
        var items = Enumerable.Range(1, 45)
            .Select(i => new PublicationBuilder(portal.News, $"Archive item {i}").PublishedAt(PortalFactory.StartTime.AddDays(-i)).Build())
            .ToArray();
        await portal.AddAsync(items);

        var index = XDocument.Parse(await _client.GetStringAsync("/sitemap.xml"));

        Assert.Equal(Sitemap + "sitemapindex", index.Root!.Name);
        var files = index.Root.Elements(Sitemap + "sitemap").Select(s => s.Element(Sitemap + "loc")!.Value).ToList();
        // With the register's pages the landing pages are more than a file of 30 holds.
        Assert.Equal(["http://localhost/sitemaps/pages-1.xml", "http://localhost/sitemaps/pages-2.xml", "http://localhost/sitemaps/publications-1.xml", "http://localhost/sitemaps/publications-2.xml"], files);

        var listed = new List<string>();
        foreach (var file in files)
        {
            var urls = SitemapTests.UrlSet(XDocument.Parse(await _client.GetStringAsync(file)));
            Assert.True(urls.Count <= 30 || file.EndsWith("pages.xml", StringComparison.Ordinal));
            listed.AddRange(urls.Keys);
        }

        Assert.Equal(listed.Count, listed.Distinct().Count());
        Assert.All(items, item => Assert.Contains($"http://localhost/news/{item.Slug}", listed));
        Assert.Contains("http://localhost/sections/news", listed);
    }
}
