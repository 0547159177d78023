using System.ServiceModel.Syndication;

namespace CstoPress.Web.Tests.Feeds;

public class PublicationFeedTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private readonly HttpClient _client = portal.CreateClient();

    [Fact]
    public async Task AnEntryCarriesIdTitleLinkTimesLeadBodyContactAndCategories()
    {
        var tag = new Tag { Slug = "feed-entry-topic", Name = "Border security" };
        Publication item = new PublicationBuilder(portal.News, "Ministers agree a border plan")
            .WithLead("The ministers agreed a plan.")
            .WithBody("The plan has **three** parts.")
            .PublishedAt(PortalFactory.StartTime.AddMinutes(-30))
            .With(p =>
            {
                p.Tags.Add(tag);
                p.UpdatedAt = PortalFactory.StartTime.AddMinutes(-10);
                p.Contact = new ContactSnapshot { Name = "Press Secretary Test", Email = "press-test@example.org", Phone = "+7 495 000-00-09" };
            });
        await portal.AddAsync(item);

        var atom = await FetchedFeed.LoadAsync(_client, "/feeds/all.atom");
        var entry = Assert.Single(atom.Feed.Items, i => i.Title.Text == "Ministers agree a border plan");

        Assert.Equal($"tag:odkb-csto.org,2024:publication/{item.Id}", entry.Id);
        Assert.Equal($"http://localhost/news/{item.Slug}", Assert.Single(entry.Links, l => l.RelationshipType == "alternate").Uri.ToString());
        Assert.Equal(PortalFactory.StartTime.AddMinutes(-30), entry.PublishDate);
        Assert.Equal(PortalFactory.StartTime.AddMinutes(-10), entry.LastUpdatedTime);
        Assert.Equal("The ministers agreed a plan.", entry.Summary.Text);
        var content = Assert.IsType<TextSyndicationContent>(entry.Content);
        Assert.Equal("html", content.Type);
        Assert.Contains("<strong>three</strong>", content.Text);
        Assert.Contains(entry.Authors, a => a.Name == "CSTO Press Office" && a.Email == "press-test@example.org");
        Assert.Contains(entry.Contributors, c => c.Name.Contains("Press Secretary Test", StringComparison.Ordinal));
        Assert.Contains(entry.Categories, c => c.Name == "news" && c.Label == "News");
        Assert.Contains(entry.Categories, c => c.Name == "feed-entry-topic" && c.Label == "Border security");

        var rss = await FetchedFeed.LoadAsync(_client, "/feeds/all.rss");
        var item2 = Assert.Single(rss.Feed.Items, i => i.Title.Text == "Ministers agree a border plan");
        Assert.Equal($"tag:odkb-csto.org,2024:publication/{item.Id}", item2.Id);
        Assert.Equal("The ministers agreed a plan.", item2.Summary.Text);
        var encoded = item2.ElementExtensions.ReadElementExtensions<string>("encoded", "http://purl.org/rss/1.0/modules/content/");
        Assert.Contains("<strong>three</strong>", Assert.Single(encoded));
    }

    [Fact]
    public async Task TheFeedIsNewestFirstAndItsUpdatedTimeIsItsNewestChange()
    {
        var section = portal.Catalog.Section("statements");
        await portal.AddAsync(
            new PublicationBuilder(section, "Ordering: oldest").PublishedAt(PortalFactory.StartTime.AddDays(-3)),
            new PublicationBuilder(section, "Ordering: newest").PublishedAt(PortalFactory.StartTime.AddMinutes(-1)),
            new PublicationBuilder(section, "Ordering: middle").PublishedAt(PortalFactory.StartTime.AddDays(-2)));

        var feed = await FetchedFeed.LoadAsync(_client, "/feeds/sections/statements.atom");

        Assert.Equal(["Ordering: newest", "Ordering: middle", "Ordering: oldest"], feed.Titles.Where(t => t.StartsWith("Ordering:", StringComparison.Ordinal)));
        Assert.Equal(feed.Feed.Items.Max(i => i.LastUpdatedTime), feed.Feed.LastUpdatedTime);
    }

    [Fact]
    public async Task SectionKindTagAndPersonFeedsCarryOnlyTheirOwn()
    {
        var zas = portal.Catalog.Person("stanislav-zas");
        var tag = new Tag { Slug = "filter-topic", Name = "Filter topic" };
        await portal.AddAsync(
            new PublicationBuilder(portal.Catalog.Section("documents"), "Filter: a resolution").OfKind(PublicationKind.Resolution),
            new PublicationBuilder(portal.Catalog.Section("secretary-general"), "Filter: a speech by Zas")
                .OfKind(PublicationKind.Speech)
                .With(p => p.Speech = new SpeechDetails { Speaker = zas, SpeakerPost = "Secretary General" }),
            new PublicationBuilder(portal.News, "Filter: tagged news").With(p => p.Tags.Add(tag)),
            new PublicationBuilder(portal.News, "Filter: plain news"));

        var documents = await FetchedFeed.LoadAsync(_client, "/feeds/sections/documents.rss");
        var resolutions = await FetchedFeed.LoadAsync(_client, "/feeds/kinds/resolutions.atom");
        var tagged = await FetchedFeed.LoadAsync(_client, "/feeds/tags/filter-topic.atom");
        var speeches = await FetchedFeed.LoadAsync(_client, "/feeds/people/stanislav-zas.rss");

        Assert.Equal(["Filter: a resolution"], documents.Titles.Where(t => t.StartsWith("Filter:", StringComparison.Ordinal)));
        Assert.Equal(["Filter: a resolution"], resolutions.Titles.Where(t => t.StartsWith("Filter:", StringComparison.Ordinal)));
        Assert.Equal(["Filter: tagged news"], tagged.Titles);
        Assert.Equal(["Filter: a speech by Zas"], speeches.Titles.Where(t => t.StartsWith("Filter:", StringComparison.Ordinal)));
        var speech = speeches.Feed.Items.Single(i => i.Title.Text == "Filter: a speech by Zas");
        Assert.Contains(speech.Authors, a => a.Name == "Stanislav Zas, Secretary General");
    }

    [Fact]
    public async Task RussianFeedsCarryRussianItemsAndDeclareTheLanguage()
    {
        await portal.AddAsync(
            new PublicationBuilder(portal.Catalog.Section("interviews"), "Интервью для ленты").InRussian(),
            new PublicationBuilder(portal.Catalog.Section("interviews"), "English interview for the feed"));

        var ruAtom = await FetchedFeed.LoadAsync(_client, "/ru/feeds/sections/interviews.atom");
        var ruRss = await FetchedFeed.LoadAsync(_client, "/ru/feeds/sections/interviews.rss");
        var enAtom = await FetchedFeed.LoadAsync(_client, "/feeds/sections/interviews.atom");

        Assert.Equal(["Интервью для ленты"], ruAtom.Titles);
        Assert.Equal(["Интервью для ленты"], ruRss.Titles);
        Assert.Equal(["English interview for the feed"], enAtom.Titles);
        Assert.Equal("ru", ruAtom.Document.Root!.Attribute(System.Xml.Linq.XNamespace.Xml + "lang")?.Value);
        Assert.Equal("ru", ruRss.Document.Root!.Element("channel")!.Element("language")!.Value);
        Assert.Equal("en", enAtom.Feed.Language);
        Assert.Contains("Интервью", ruAtom.Feed.Title.Text, StringComparison.Ordinal);
        Assert.StartsWith("http://localhost/ru/news/", ruAtom.Feed.Items.Single().Links[0].Uri.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/feeds/all.atom", "application/atom+xml")]
    [InlineData("/feeds/all.rss", "application/rss+xml")]
    [InlineData("/ru/feeds/changes.atom", "application/atom+xml")]
    public async Task FeedsAnswerWithTheirOwnContentTypes(string url, string mediaType)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
    }

    [Theory]
    [InlineData("/feeds/sections/no-such-section.atom")]
    [InlineData("/feeds/tags/no-such-topic.rss")]
    [InlineData("/feeds/people/nobody.atom")]
    [InlineData("/feeds/kinds/gossip.atom")]
    [InlineData("/feeds/all.json")]
    [InlineData("/ru/feeds/sections/news.xml")]
    public async Task UnknownFeedsAreNotFound(string url)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
