using System.Xml.Linq;

namespace CstoPress.Web.Tests.Seo;

/// <summary>The small sitemap portal, of its own, so that its topics do not change what the other tests count.</summary>
public sealed class TopicsSitemapPortal : SmallSitemapPortal;

public class LandingPagesSitemapTests(TopicsSitemapPortal portal) : IClassFixture<TopicsSitemapPortal>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private readonly HttpClient _client = portal.CreateClient();

    [Fact]
    public async Task LandingPagesPastTheLimitAreSplitIntoFilesLikeThePublications()
    {
        // 2 languages × (home, all news, 5 sections, 3 people, 12 topics; the register: bodies, 5 bodies, meetings, documents) = 60 landing pages, 30 a file.
        var items = Enumerable.Range(1, 12)
            .Select(i => new PublicationBuilder(portal.News, $"Topic item {i}")
                .PublishedAt(PortalFactory.StartTime.AddDays(-i))
                .With(p => p.Tags.Add(new Tag { Slug = $"topic-{i}", Name = $"Topic {i}" }))
                .Build())
            .ToArray();
        await portal.AddAsync(items);

        var index = XDocument.Parse(await _client.GetStringAsync("/sitemap.xml"));

        var files = index.Root!.Elements(Sitemap + "sitemap").Select(s => s.Element(Sitemap + "loc")!.Value).ToList();
        Assert.Equal(["http://localhost/sitemaps/pages-1.xml", "http://localhost/sitemaps/pages-2.xml", "http://localhost/sitemaps/publications-1.xml"], files);
        var first = SitemapTests.UrlSet(XDocument.Parse(await _client.GetStringAsync(files[0])));
        var second = SitemapTests.UrlSet(XDocument.Parse(await _client.GetStringAsync(files[1])));
        Assert.Equal(30, first.Count);
        Assert.Equal(30, second.Count);
        var landing = first.Keys.Concat(second.Keys).ToList();
        Assert.Equal(60, landing.Distinct().Count());
        Assert.All(Enumerable.Range(1, 12), i => Assert.Contains($"http://localhost/ru/tags/topic-{i}", landing));
        // The address given while the landing pages fitted in one file keeps answering, with the first file.
        Assert.Equal(first.Keys, SitemapTests.UrlSet(XDocument.Parse(await _client.GetStringAsync("/sitemaps/pages.xml"))).Keys);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/sitemaps/pages-3.xml")).StatusCode);
    }
}
