using CstoPress.Web.Addressing;
using CstoPress.Web.Tests.Admin;

namespace CstoPress.Web.Tests.Caching;

/// <summary>
/// Readers get pages made once and kept; what the press office does shows at once all the same. Each
/// test changes the database behind the portal's back, which a kept page does not see until cleared.
/// </summary>
public class ServingPagesReadyMade(ServingPagesReadyMade.CachingPortal portal) : IClassFixture<ServingPagesReadyMade.CachingPortal>
{
    [Fact]
    public async Task AReaderGetsTheKeptPageUntilThePressOfficeActs()
    {
        var item = await PublishedAsync("Convoy reaches the border");
        var other = await PublishedAsync("Ministers meet in Minsk");
        var reader = portal.CreateClient();
        var page = SiteLinks.Publication(ContentLanguage.En, item.Slug);
        Assert.Contains("Convoy reaches the border", await reader.GetTextAsync(page));

        await RetitleBehindThePortalAsync(item.Id, "Convoy crosses the border");
        Assert.Contains("Convoy reaches the border", await reader.GetTextAsync(page));

        var editor = await EditorDesk.SignInAsync(portal);
        await editor.ActAsync(other.Id, "Withdraw", new() { ["WithdrawalReason"] = "Issued twice." });

        Assert.Contains("Convoy crosses the border", await reader.GetTextAsync(page));
        Assert.DoesNotContain("Ministers meet in Minsk", await reader.GetTextAsync("/"));
    }

    [Fact]
    public async Task AnEditorsLivePreviewDoesNotClearTheKeptPages()
    {
        var item = await PublishedAsync("Border talks resume");
        var reader = portal.CreateClient();
        var page = SiteLinks.Publication(ContentLanguage.En, item.Slug);
        await reader.GetTextAsync(page);
        await RetitleBehindThePortalAsync(item.Id, "Border talks adjourned");

        var editor = await EditorDesk.SignInAsync(portal);
        var preview = await editor.Client.PostFormAsync("/admin/publications/edit?handler=LivePreview",
            [new("Input.Body", "Typing a **statement**.")], tokenFrom: "/admin/publications/edit");
        preview.EnsureSuccessStatusCode();

        Assert.Contains("Border talks resume", await reader.GetTextAsync(page));
    }

    [Fact]
    public async Task SignedInEditorsAlwaysSeeTheDatabase()
    {
        var item = await PublishedAsync("Summit agenda agreed");
        var reader = portal.CreateClient();
        var editor = await portal.SignedInAsync(PortalRoles.Editor);
        var page = SiteLinks.Publication(ContentLanguage.En, item.Slug);
        await reader.GetTextAsync(page);
        await editor.GetTextAsync(page);

        await RetitleBehindThePortalAsync(item.Id, "Summit agenda amended");

        Assert.Contains("Summit agenda agreed", await reader.GetTextAsync(page));
        Assert.Contains("Summit agenda amended", await editor.GetTextAsync(page));
    }

    [Fact]
    public async Task TheSchedulerClearsTheKeptPagesWhenItPublishes()
    {
        var title = "Scheduled statement on the exercise " + Guid.NewGuid().ToString("N")[..6];
        await portal.AddAsync(new PublicationBuilder(portal.News, title).ScheduledFor(portal.Clock.Now.AddSeconds(10)));
        var reader = portal.CreateClient();
        Assert.DoesNotContain(title, await reader.GetTextAsync("/"));

        // Well within the pages' lifetime: only the scheduler's clearing can show the new item.
        portal.Clock.Advance(TimeSpan.FromSeconds(20));
        Assert.Single(await portal.PublishDueAsync());

        Assert.Contains(title, await reader.GetTextAsync("/"));
    }

    [Fact]
    public async Task KeptFeedsStillAnswerNotModified()
    {
        await PublishedAsync("Feed item for conditional requests");
        var reader = portal.CreateClient();
        var first = await reader.GetAsync("/feeds/all.atom");
        first.EnsureSuccessStatusCode();

        using var again = new HttpRequestMessage(HttpMethod.Get, "/feeds/all.atom");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag ?? throw new InvalidOperationException("The feed has no ETag"));
        var response = await reader.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    private async Task<Publication> PublishedAsync(string title)
    {
        var item = new PublicationBuilder(portal.News, title).PublishedAt(portal.Clock.Now.AddMinutes(-1)).Build();
        await portal.AddAsync(item);
        return item;
    }

    private Task RetitleBehindThePortalAsync(int id, string title) => portal.WithDatabaseAsync(db =>
        db.Publications.Where(p => p.Id == id).ExecuteUpdateAsync(set => set.SetProperty(p => p.Title, title)));

    public sealed class CachingPortal : SeededPortal
    {
        protected override bool CachingEnabled => true;
    }
}
