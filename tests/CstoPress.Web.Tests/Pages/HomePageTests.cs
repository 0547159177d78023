namespace CstoPress.Web.Tests.Pages;

public class HomePageTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    [Fact]
    public async Task ShowsTheFiveLatestPublishedItemsNewestFirst_AndNothingUnpublished()
    {
        var now = PortalFactory.StartTime;
        var items = Enumerable.Range(1, 7)
            .Select(i => new PublicationBuilder(portal.News, $"Home item {i}").PublishedAt(now.AddDays(-i)).Build())
            .ToArray();
        await portal.AddAsync(items);
        await portal.AddAsync(
            new PublicationBuilder(portal.News, "Home draft").Draft().PublishedAt(now.AddMinutes(-1)),
            new PublicationBuilder(portal.News, "Home future").PublishedAt(now.AddMinutes(30)),
            new PublicationBuilder(portal.News, "Home scheduled").ScheduledFor(now.AddDays(1)),
            new PublicationBuilder(portal.News, "Home withdrawn").Withdrawn("Published in error"));

        var html = await portal.CreateClient().GetStringAsync("/");

        var leadBlock = html[html.IndexOf("lead-block", StringComparison.Ordinal)..html.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("Home item 1", leadBlock);
        Assert.Contains("Home item 5", leadBlock);
        Assert.DoesNotContain("Home item 6", leadBlock);
        Assert.True(leadBlock.IndexOf("Home item 1", StringComparison.Ordinal) < leadBlock.IndexOf("Home item 2", StringComparison.Ordinal));
        Assert.Contains(now.AddDays(-1).ToOffset(TimeSpan.FromHours(3)).ToString("dd.MM.yyyy"), leadBlock);
        Assert.DoesNotContain("Home draft", html);
        Assert.DoesNotContain("Home future", html);
        Assert.DoesNotContain("Home scheduled", html);
        Assert.DoesNotContain("Home withdrawn", html);
    }

    [Fact]
    public async Task ShowsTheLatestOfEachSection()
    {
        await portal.AddAsync(new PublicationBuilder(portal.Catalog.Section("interviews"), "An interview for the home page"));

        var html = await portal.CreateClient().GetStringAsync("/");

        Assert.Contains("id=\"section-interviews\"", html);
        Assert.Contains("An interview for the home page", html);
    }
}
