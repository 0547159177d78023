namespace CstoPress.Web.Tests.Seo;

public class FeedDiscoveryTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private readonly HttpClient _client = portal.CreateClient();

    [Theory]
    [InlineData("/", "/feeds/all.atom", "/feeds/all.rss")]
    [InlineData("/ru", "/ru/feeds/all.atom", "/ru/feeds/all.rss")]
    [InlineData("/news", "/feeds/all.atom", "/feeds/all.rss")]
    [InlineData("/sections/statements", "/feeds/sections/statements.atom", "/feeds/sections/statements.rss")]
    [InlineData("/ru/sections/statements", "/ru/feeds/sections/statements.atom", "/ru/feeds/sections/statements.rss")]
    [InlineData("/tags/discovery-topic", "/feeds/tags/discovery-topic.atom", "/feeds/tags/discovery-topic.rss")]
    [InlineData("/people/stanislav-zas", "/feeds/people/stanislav-zas.atom", "/feeds/people/stanislav-zas.rss")]
    [InlineData("/news/2024", "/feeds/all.atom", "/feeds/all.rss")]
    public async Task EveryListingPageAnnouncesItsFeedsInItsHead(string page, string atom, string rss)
    {
        await EnsureTopicAsync();

        var html = await _client.GetStringAsync(page);
        var head = html[..html.IndexOf("</head>", StringComparison.Ordinal)];

        Assert.Contains($"<link rel=\"alternate\" type=\"application/atom+xml\" title=\"", head, StringComparison.Ordinal);
        Assert.Contains($"href=\"{atom}\">", head, StringComparison.Ordinal);
        Assert.Contains($"<link rel=\"alternate\" type=\"application/rss+xml\"", head, StringComparison.Ordinal);
        Assert.Contains($"href=\"{rss}\">", head, StringComparison.Ordinal);
        Assert.Equal(200, (int)(await _client.GetAsync(atom)).StatusCode);
    }

    [Fact]
    public async Task ASectionPageShowsItsFeedLinks()
    {
        var html = await _client.GetTextAsync("/sections/statements");
        var russian = await _client.GetTextAsync("/ru/sections/statements");

        Assert.Contains("<p class=\"feed-links\">", html, StringComparison.Ordinal);
        Assert.Contains("Follow this section:", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/feeds/sections/statements.atom\" type=\"application/atom+xml\">Atom</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/feeds/sections/statements.rss\" type=\"application/rss+xml\">RSS</a>", html, StringComparison.Ordinal);
        Assert.Contains("Подписаться:", russian, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/ru/feeds/sections/statements.atom\"", russian, StringComparison.Ordinal);
    }

    private static readonly SemaphoreSlim Once = new(1, 1);

    private async Task EnsureTopicAsync()
    {
        await Once.WaitAsync();
        try
        {
            var exists = false;
            await portal.WithDatabaseAsync(db =>
            {
                exists = db.Tags.Any(t => t.Slug == "discovery-topic");
                return Task.CompletedTask;
            });
            if (!exists)
            {
                await portal.AddAsync(new PublicationBuilder(portal.Catalog.Section("statements"), "Discovery statement")
                    .OfKind(PublicationKind.Statement)
                    .With(p => p.Tags.Add(new Tag { Slug = "discovery-topic", Name = "Discovery" })));
            }
        }
        finally
        {
            Once.Release();
        }
    }
}
