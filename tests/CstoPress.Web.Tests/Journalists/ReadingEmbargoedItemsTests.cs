using CstoPress.Core.Journalists;

namespace CstoPress.Web.Tests.Journalists;

public class ReadingEmbargoedItemsTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private static readonly DateTimeOffset Release = PortalFactory.StartTime.AddHours(3).AddMinutes(30);

    [Fact]
    public async Task AJournalistReadsTheItemMarkedWithTheEmbargoLineAndTheirRecipientCode()
    {
        var item = await EmbargoedAsync("Council decision ahead of time", "Briefing at 09:00 Moscow");
        var journalist = await portal.AccreditedJournalistAsync(timeZone: "Europe/Berlin");

        var list = await journalist.Client.GetTextAsync("/journalists/embargoed");
        var page = await journalist.Client.GetTextAsync($"/journalists/embargoed/{item.Id}");

        Assert.Contains(item.Title, list);
        Assert.Contains("EMBARGOED UNTIL 26.07.2024 18:30 Moscow (15:30 UTC; 26.07.2024 17:30 Europe/Berlin)", page);
        Assert.Contains("Briefing at 09:00 Moscow", page);
        Assert.Contains(RecipientCodes.Printed(journalist.RecipientCode), page);
        await portal.WithDatabaseAsync(async db => Assert.Equal(2,
            await db.EmbargoAccesses.CountAsync(a => a.PublicationId == item.Id && a.AccreditationId == journalist.AccreditationId && a.Channel == EmbargoChannel.Page)));
    }

    [Fact]
    public async Task ThePersonalFeedCarriesTheMarkedItemAndEveryFetchIsLogged()
    {
        var item = await EmbargoedAsync("Statement for the feed");
        var journalist = await portal.AccreditedJournalistAsync();
        var reader = portal.CreateClient();

        var response = await reader.GetAsync(journalist.FeedPath);
        var feed = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        Assert.Contains($"EMBARGOED UNTIL 26.07.2024 18:30 Moscow (15:30 UTC): {item.Title}", feed);
        Assert.Contains(RecipientCodes.Printed(journalist.RecipientCode), feed);
        await portal.WithDatabaseAsync(async db => Assert.Equal(1,
            await db.EmbargoAccesses.CountAsync(a => a.PublicationId == item.Id && a.AccreditationId == journalist.AccreditationId && a.Channel == EmbargoChannel.Feed)));
    }

    [Fact]
    public async Task ARevokedOrRegeneratedFeedAddressAndAWrongOneAnswerNotFound()
    {
        await EmbargoedAsync("Not through an old address");
        var journalist = await portal.AccreditedJournalistAsync();
        var reader = portal.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(journalist.FeedPath + "x")).StatusCode);

        await portal.ChangeAccreditationAsync(journalist.AccreditationId, a => a.FeedTokenHash = null);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(journalist.FeedPath)).StatusCode);

        await portal.ChangeAccreditationAsync(journalist.AccreditationId, a => a.FeedTokenHash = Web.Journalists.EmbargoFeed.HashOf("a-new-secret"));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(journalist.FeedPath)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(Web.Journalists.EmbargoFeed.PathPrefix + "a-new-secret")).StatusCode);
    }

    [Theory]
    [InlineData(AccreditationStatus.Revoked)]
    [InlineData(AccreditationStatus.Refused)]
    [InlineData(AccreditationStatus.Requested)]
    public async Task AJournalistWhoseAccreditationDoesNotHoldSeesNothing(AccreditationStatus status)
    {
        var item = await EmbargoedAsync("Closed to " + status);
        var journalist = await portal.AccreditedJournalistAsync();
        await portal.ChangeAccreditationAsync(journalist.AccreditationId, a => a.Status = status);

        await AssertShutOutAsync(journalist, item);
    }

    [Fact]
    public async Task AnAccreditationPastItsEndSeesNothing()
    {
        var item = await EmbargoedAsync("Closed after the end date");
        var journalist = await portal.AccreditedJournalistAsync(endsAt: portal.Clock.Now.AddMinutes(10));
        Assert.Equal(HttpStatusCode.OK, (await journalist.Client.GetAsync($"/journalists/embargoed/{item.Id}")).StatusCode);

        await portal.ChangeAccreditationAsync(journalist.AccreditationId, a => a.EndsAt = portal.Clock.Now.AddMinutes(-1));

        await AssertShutOutAsync(journalist, item);
    }

    [Fact]
    public async Task AScheduledItemNotUnderEmbargoIsNotShownToJournalists()
    {
        var scheduled = new PublicationBuilder(portal.News, "Scheduled but not sent " + Guid.NewGuid().ToString("N")[..6]).ScheduledFor(Release).Build();
        await portal.AddAsync(scheduled);
        var journalist = await portal.AccreditedJournalistAsync();

        Assert.DoesNotContain(scheduled.Title, await journalist.Client.GetTextAsync("/journalists/embargoed"));
        Assert.Equal(HttpStatusCode.NotFound, (await journalist.Client.GetAsync($"/journalists/embargoed/{scheduled.Id}")).StatusCode);
    }

    [Fact]
    public async Task TheRecipientCodeInALeakedTextLeadsToTheJournalist()
    {
        var item = await EmbargoedAsync("Leaked ahead of time");
        var journalist = await portal.AccreditedJournalistAsync(name: "Leaky Correspondent");
        var leaked = await journalist.Client.GetTextAsync($"/journalists/embargoed/{item.Id}");
        var editor = await portal.SignedInAsync(PortalRoles.Editor);

        var found = await editor.PostFormAsync("/admin/embargo/recipients", [new("Text", "forwarded to me:\n" + leaked)]);
        var nothing = await editor.PostFormAsync("/admin/embargo/recipients", [new("Text", "no code in here")]);

        var page = WebUtility.HtmlDecode(await found.Content.ReadAsStringAsync());
        Assert.Contains("Leaky Correspondent", page);
        Assert.Contains(item.Title, page);
        Assert.Contains("No recipient code found", WebUtility.HtmlDecode(await nothing.Content.ReadAsStringAsync()));
    }

    private async Task AssertShutOutAsync(AccreditedJournalist journalist, Publication item)
    {
        var list = await journalist.Client.GetAsync("/journalists/embargoed");
        var page = await journalist.Client.GetAsync($"/journalists/embargoed/{item.Id}");
        var feed = await portal.CreateClient().GetAsync(journalist.FeedPath);

        Assert.Equal(HttpStatusCode.Redirect, list.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, feed.StatusCode);
        Assert.DoesNotContain(item.Title, await list.Content.ReadAsStringAsync());
    }

    private async Task<Publication> EmbargoedAsync(string title, string? note = null)
    {
        var item = new PublicationBuilder(portal.News, title + " " + Guid.NewGuid().ToString("N")[..6]).UnderEmbargo(Release, note).Build();
        await portal.AddAsync(item);
        return item;
    }
}
