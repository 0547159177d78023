namespace CstoPress.Web.Tests.Feeds;

public class FeedExclusionTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private readonly HttpClient _client = portal.CreateClient();

    public static TheoryData<string> EveryFeed => new()
    {
        "/feeds/all.atom", "/feeds/all.rss", "/feeds/sections/news.atom", "/feeds/sections/news.rss",
        "/feeds/kinds/news.atom", "/feeds/kinds/news.rss", "/feeds/tags/hidden-topic.atom", "/feeds/tags/hidden-topic.rss",
        "/feeds/people/stanislav-zas.atom", "/feeds/people/stanislav-zas.rss",
    };

    [Theory]
    [MemberData(nameof(EveryFeed))]
    public async Task DraftsScheduledFutureAndWithdrawnItemsNeverAppear(string url)
    {
        await EnsureItemsAsync();

        var feed = await FetchedFeed.LoadAsync(_client, url);

        Assert.Contains("Visible: published", feed.Titles);
        Assert.DoesNotContain(feed.Titles, t => t.StartsWith("Hidden:", StringComparison.Ordinal));
        Assert.DoesNotContain("Hidden:", feed.Xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AScheduledItemJoinsTheFeedWhenItsTimeComes()
    {
        var clock = portal.Clock;
        await portal.AddAsync(new PublicationBuilder(portal.Catalog.Section("interviews"), "Embargoed until noon")
            .ScheduledFor(clock.Now.AddHours(1)));
        var publication = new PublicationBuilder(portal.Catalog.Section("interviews"), "Due at noon").Build();
        publication.Status = PublicationStatus.Published;
        publication.PublishedAt = clock.Now.AddHours(1);
        await portal.AddAsync(publication);

        var before = await FetchedFeed.LoadAsync(_client, "/feeds/sections/interviews.atom");
        clock.Advance(TimeSpan.FromHours(2));
        try
        {
            var after = await FetchedFeed.LoadAsync(_client, "/feeds/sections/interviews.atom");

            Assert.Empty(before.Titles);
            Assert.Equal(["Due at noon"], after.Titles);
        }
        finally
        {
            clock.Advance(TimeSpan.FromHours(-2));
        }
    }

    /// <summary>xunit makes an instance per test; the items are added once per database.</summary>
    private static readonly SemaphoreSlim Once = new(1, 1);
    private async Task EnsureItemsAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (await ExistsAsync())
            {
                return;
            }

            var zas = portal.Catalog.Person("stanislav-zas");
            var hiddenTopic = new Tag { Slug = "hidden-topic", Name = "Hidden topic" };
            PublicationBuilder Item(string title) => new PublicationBuilder(portal.News, title)
                .With(p =>
                {
                    p.Tags.Add(hiddenTopic);
                    p.People.Add(zas);
                });

            await portal.AddAsync(
                Item("Visible: published"),
                Item("Hidden: draft").Draft(),
                Item("Hidden: in review").InReview(),
                Item("Hidden: scheduled").ScheduledFor(PortalFactory.StartTime.AddHours(3)),
                Item("Hidden: future-dated").PublishedAt(PortalFactory.StartTime.AddDays(1)),
                Item("Hidden: withdrawn").Withdrawn("Published by mistake."));
        }
        finally
        {
            Once.Release();
        }
    }

    private async Task<bool> ExistsAsync()
    {
        var exists = false;
        await portal.WithDatabaseAsync(db =>
        {
            exists = db.Publications.Any(p => p.Title == "Visible: published");
            return Task.CompletedTask;
        });
        return exists;
    }
}
