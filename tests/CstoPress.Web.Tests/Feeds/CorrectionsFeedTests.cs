namespace CstoPress.Web.Tests.Feeds;

public class CorrectionsFeedTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private readonly HttpClient _client = portal.CreateClient();

    [Fact]
    public async Task AChangeNoteOfAPublishedTextIsAnEntryLinkingToIt()
    {
        Publication item = new PublicationBuilder(portal.News, "Summit communiqué")
            .With(p => p.ChangeNotes.Add(new ChangeNote { ChangedAt = PortalFactory.StartTime.AddMinutes(-15), Note = "Corrected the number of delegations." }));
        await portal.AddAsync(item);

        var feed = await FetchedFeed.LoadAsync(_client, "/feeds/changes.atom");

        var entry = Assert.Single(feed.Feed.Items, i => i.Title.Text == "Updated: Summit communiqué");
        Assert.Equal("Corrected the number of delegations.", entry.Summary.Text);
        Assert.Equal(PortalFactory.StartTime.AddMinutes(-15), entry.LastUpdatedTime);
        Assert.Equal($"http://localhost/news/{item.Slug}", entry.Links.First(l => l.RelationshipType == "alternate").Uri.ToString());
        Assert.StartsWith("tag:odkb-csto.org,2024:change/", entry.Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWithdrawalLeavesThePublicationFeedsAndIsAnnouncedWithItsNotice()
    {
        Publication item = new PublicationBuilder(portal.Catalog.Section("statements"), "Statement issued in error")
            .Withdrawn("The statement was issued in error and is withdrawn.");
        await portal.AddAsync(item);

        var changes = await FetchedFeed.LoadAsync(_client, "/feeds/changes.atom");
        var statements = await FetchedFeed.LoadAsync(_client, "/feeds/sections/statements.atom");
        var all = await FetchedFeed.LoadAsync(_client, "/feeds/all.rss");

        var entry = Assert.Single(changes.Feed.Items, i => i.Title.Text == "Withdrawn: Statement issued in error");
        Assert.Equal("The statement was issued in error and is withdrawn.", entry.Summary.Text);
        Assert.Equal($"tag:odkb-csto.org,2024:withdrawal/{item.Id}", entry.Id);
        Assert.Contains(entry.Categories, c => c.Name == "withdrawal");
        Assert.DoesNotContain("Statement issued in error", statements.Titles);
        Assert.DoesNotContain("Statement issued in error", all.Titles);
    }

    [Fact]
    public async Task NotesOfUnpublishedTextsAndRussianNotesStayOutOfTheEnglishFeed()
    {
        await portal.AddAsync(
            new PublicationBuilder(portal.News, "Draft with a note").Draft()
                .With(p => p.ChangeNotes.Add(new ChangeNote { ChangedAt = PortalFactory.StartTime.AddMinutes(-3), Note = "A note on a draft." })),
            new PublicationBuilder(portal.News, "Русская новость с правкой").InRussian()
                .With(p => p.ChangeNotes.Add(new ChangeNote { ChangedAt = PortalFactory.StartTime.AddMinutes(-3), Note = "Исправлена дата." })));

        var english = await FetchedFeed.LoadAsync(_client, "/feeds/changes.atom");
        var russian = await FetchedFeed.LoadAsync(_client, "/ru/feeds/changes.atom");

        Assert.DoesNotContain(english.Titles, t => t.Contains("Draft with a note", StringComparison.Ordinal));
        Assert.DoesNotContain(english.Titles, t => t.Contains("Русская", StringComparison.Ordinal));
        Assert.Contains("Обновлено: Русская новость с правкой", russian.Titles);
        Assert.Equal("ru", russian.Feed.Language);
    }

    [Fact]
    public async Task CorrectionsAreNewestFirst()
    {
        await portal.AddAsync(
            new PublicationBuilder(portal.Catalog.Section("interviews"), "Older correction")
                .With(p => p.ChangeNotes.Add(new ChangeNote { ChangedAt = PortalFactory.StartTime.AddMinutes(-50), Note = "First fix." })),
            new PublicationBuilder(portal.Catalog.Section("interviews"), "Newer correction")
                .With(p => p.ChangeNotes.Add(new ChangeNote { ChangedAt = PortalFactory.StartTime.AddMinutes(-2), Note = "Second fix." })));

        var feed = await FetchedFeed.LoadAsync(_client, "/feeds/changes.atom");
        var titles = feed.Titles.ToList();

        Assert.True(titles.IndexOf("Updated: Newer correction") < titles.IndexOf("Updated: Older correction"));
        Assert.Equal(feed.Feed.Items.Max(i => i.LastUpdatedTime), feed.Feed.LastUpdatedTime);
    }
}
