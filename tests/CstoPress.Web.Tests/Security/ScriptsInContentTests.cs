namespace CstoPress.Web.Tests.Security;

/// <summary>
/// Every payload of the corpus is put into a title, a lead, a body, a photo caption and credit, a
/// speaker's name and a tag; no public page that shows them may carry an executable script.
/// </summary>
public class ScriptsInContentTests(ScriptsInContentTests.Portal portal) : IClassFixture<ScriptsInContentTests.Portal>
{
    public class Portal : SeededPortal
    {
        public IReadOnlyList<CorpusItem> Items { get; private set; } = [];

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            Items = await XssCorpus.SeedAsync(this);
        }
    }

    private readonly HttpClient _client = portal.CreateClient();

    [Fact]
    public async Task ListingsStayInert()
    {
        foreach (var url in new[] { "/", "/news", "/sections/news", "/ru", "/ru/news" })
        {
            InertHtml.AssertInert(await _client.GetStringAsync(url), url);
        }

        var page = "/news";
        for (var walked = 0; walked < 12; walked++)
        {
            var html = await _client.GetStringAsync(page);
            InertHtml.AssertInert(html, page);
            var older = InertHtml.Links(html).FirstOrDefault(a => a.GetAttribute("rel") == "next")?.GetAttribute("href");
            if (older is null)
            {
                break;
            }

            page = older;
        }
    }

    [Fact]
    public async Task PublicationTagAndPersonPagesStayInert()
    {
        foreach (var (publication, tag, speaker) in portal.Items)
        {
            foreach (var url in new[] { $"/news/{publication.Slug}", $"/tags/{tag.Slug}", $"/people/{speaker.Slug}" })
            {
                var response = await _client.GetAsync(url);
                Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
                InertHtml.AssertInert(await response.Content.ReadAsStringAsync(), url);
            }
        }
    }

    [Fact]
    public async Task FeedAndApiBodiesStayInert()
    {
        foreach (var url in new[] { "/feeds/all.atom", "/feeds/all.rss", "/feeds/changes.atom", "/feeds/sections/news.atom" })
        {
            using var reader = System.Xml.XmlReader.Create(await _client.GetStreamAsync(url));
            var feed = System.ServiceModel.Syndication.SyndicationFeed.Load(reader);
            Assert.NotEmpty(feed.Items);
            foreach (var item in feed.Items)
            {
                var html = (item.Content as System.ServiceModel.Syndication.TextSyndicationContent)?.Text
                    ?? item.ElementExtensions.ReadElementExtensions<string>("encoded", "http://purl.org/rss/1.0/modules/content/").FirstOrDefault()
                    ?? "";
                InertHtml.AssertInert(html, $"{url} {item.Id}");
                // The lead goes out as plain text, which no feed reader interprets as markup.
                Assert.True(item.Summary is null || item.Summary.Type == "text", $"{url} {item.Id}: summary of type {item.Summary?.Type}");
            }
        }

        using var api = System.Text.Json.JsonDocument.Parse(await _client.GetStringAsync("/api/v1/publications?limit=100"));
        foreach (var item in api.RootElement.GetProperty("items").EnumerateArray())
        {
            InertHtml.AssertInert(item.GetProperty("bodyHtml").GetString() ?? "", $"api {item.GetProperty("slug").GetString()}");
        }
    }
}
