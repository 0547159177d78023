using CstoPress.Web.Tests.Admin;

namespace CstoPress.Web.Tests.Journalists;

public class PuttingItemsUnderEmbargoTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private int Section => portal.News.Id;

    [Fact]
    public async Task AnEditorSendsAScheduledItemUnderEmbargoAndJournalistsSeeItAtOnce()
    {
        var desk = await EditorDesk.SignInAsync(portal);
        var id = await desk.CreateAsync(EditorDesk.Fields(Section, Unique("Summit communiqué"), more: ("Input.PublishedAt", "2024-07-27T10:00")), handler: "Schedule");
        var journalist = await portal.AccreditedJournalistAsync();
        Assert.DoesNotContain("Summit communiqué", await journalist.Client.GetTextAsync("/journalists/embargoed"));

        var response = await desk.ActAsync(id, "Embargo", new() { ["EmbargoNote"] = "Embargo briefing at 09:00" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await journalist.Client.GetTextAsync($"/journalists/embargoed/{id}");
        Assert.Contains("EMBARGOED UNTIL 27.07.2024 10:00 Moscow (07:00 UTC)", page);
        Assert.Contains("Embargo briefing at 09:00", page);
        var log = await desk.Client.GetTextAsync($"/admin/publications/embargo/{id}");
        Assert.Contains("Anna Reporter", log);
        Assert.Contains("on the site", log);
        await portal.WithDatabaseAsync(async db =>
            Assert.True(await db.AuditLog.AnyAsync(a => a.PublicationId == id && a.Action == "put under embargo" && a.Details == "Embargo briefing at 09:00")));
    }

    [Fact]
    public async Task MovingTheTimeOrPublishingEarlyIsWhatJournalistsAndThePublicSeeAtOnce()
    {
        var desk = await EditorDesk.SignInAsync(portal);
        var title = Unique("Ministers agree");
        var fields = EditorDesk.Fields(Section, title, more: ("Input.PublishedAt", "2024-07-27T10:00"));
        var id = await desk.CreateAsync(fields, handler: "Schedule");
        await desk.ActAsync(id, "Embargo");
        var journalist = await portal.AccreditedJournalistAsync();

        fields["Input.PublishedAt"] = "2024-07-28T12:30";
        fields.Remove("Input.Version");
        await desk.PostEditAsync(id, fields, handler: "Schedule");
        Assert.Contains("EMBARGOED UNTIL 28.07.2024 12:30 Moscow (09:30 UTC)", await journalist.Client.GetTextAsync($"/journalists/embargoed/{id}"));

        fields.Remove("Input.Version");
        await desk.PostEditAsync(id, fields, handler: "Publish");

        var oldLink = await journalist.Client.GetAsync($"/journalists/embargoed/{id}");
        Assert.Equal(HttpStatusCode.Redirect, oldLink.StatusCode);
        Assert.StartsWith("/news/ministers-agree", oldLink.Headers.Location!.OriginalString);
        Assert.DoesNotContain(title, await journalist.Client.GetTextAsync("/journalists/embargoed"));
        Assert.Contains(title, await portal.CreateClient().GetTextAsync("/"));
    }

    [Fact]
    public async Task OnlyAScheduledItemCanBeEmbargoedAndTakingItOutHidesItAgain()
    {
        var desk = await EditorDesk.SignInAsync(portal);
        var draft = await desk.CreateAsync(EditorDesk.Fields(Section, Unique("Still a draft")));
        var refused = await desk.ActAsync(draft, "Embargo");
        Assert.Contains("Only an item scheduled for a later time can be put under embargo",
            await desk.Client.GetTextAsync(refused.Headers.Location!.OriginalString));

        var scheduled = await desk.CreateAsync(EditorDesk.Fields(Section, Unique("Sent then held back"), more: ("Input.PublishedAt", "2024-07-27T10:00")), handler: "Schedule");
        await desk.ActAsync(scheduled, "Embargo");
        var journalist = await portal.AccreditedJournalistAsync();
        Assert.Equal(HttpStatusCode.OK, (await journalist.Client.GetAsync($"/journalists/embargoed/{scheduled}")).StatusCode);

        await desk.ActAsync(scheduled, "CancelEmbargo");

        Assert.Equal(HttpStatusCode.NotFound, (await journalist.Client.GetAsync($"/journalists/embargoed/{scheduled}")).StatusCode);
    }

    private static string Unique(string title) => $"{title} {Guid.NewGuid().ToString("N")[..6]}";
}
