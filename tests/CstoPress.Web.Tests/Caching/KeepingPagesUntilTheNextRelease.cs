
namespace CstoPress.Web.Tests.Caching;

/// <summary>
/// No node may serve a page made before a scheduled release went out: while an item is due and not yet
/// published nothing is kept, and once the scheduler has published it pages are kept again.
/// </summary>
public class KeepingPagesUntilTheNextRelease(ServingPagesReadyMade.CachingPortal portal) : IClassFixture<ServingPagesReadyMade.CachingPortal>
{
    [Fact]
    public async Task NothingIsKeptWhileAReleaseIsDueAndKeepingResumesOnceItIsOut()
    {
        var reader = portal.CreateClient();
        var due = new PublicationBuilder(portal.News, "Due at this minute " + Unique()).ScheduledFor(portal.Clock.Now.AddMinutes(-1)).Build();
        await portal.AddAsync(due);
        await reader.GetTextAsync("/");

        var addedWhileDue = await PublishedBehindThePortalAsync("Added while a release is due");
        Assert.Contains(addedWhileDue.Title, await reader.GetTextAsync("/"));

        await portal.PublishDueAsync();

        // The next release is asked of the database every few seconds; then the page is kept again.
        portal.Clock.Advance(TimeSpan.FromSeconds(6));
        Assert.Contains(due.Title, await reader.GetTextAsync("/"));
        var addedAfter = await PublishedBehindThePortalAsync("Added once the release was out");
        Assert.DoesNotContain(addedAfter.Title, await reader.GetTextAsync("/"));
    }

    private async Task<Publication> PublishedBehindThePortalAsync(string title)
    {
        var item = new PublicationBuilder(portal.News, title + " " + Unique()).PublishedAt(portal.Clock.Now.AddSeconds(-1)).Build();
        await portal.AddAsync(item);
        return item;
    }

    private static string Unique() => Guid.NewGuid().ToString("N")[..6];
}
