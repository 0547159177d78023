namespace CstoPress.Web.Tests.Admin;

public partial class PreviewLinkTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    [Fact]
    public async Task AColleagueWithoutAnAccountReadsTheDraftUntilTheLinkIsRevoked()
    {
        var editor = await EditorDesk.SignInAsync(portal);
        var id = await editor.CreateAsync(EditorDesk.Fields(portal.News.Id, "Draft for a colleague", "Only **for** the colleague."));

        var page = await editor.FollowAsync(await editor.ActAsync(id, "CreatePreviewLink"));
        var link = new Uri(LinkOnPage().Match(page).Groups[1].Value);
        var colleague = portal.CookieClient();
        var preview = await colleague.GetAsync(link.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("noindex", string.Join(",", preview.Headers.GetValues("X-Robots-Tag")));
        Assert.Contains("<strong>for</strong>", await preview.Content.ReadAsStringAsync());
        await portal.WithDatabaseAsync(async db =>
            Assert.DoesNotContain(db.PreviewLinks, l => l.TokenHash.Contains(link.Segments[^1], StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.GetAsync(link.PathAndQuery[..^2] + "xx")).StatusCode);

        var linkId = LinkId().Match(await editor.Client.GetStringAsync($"/admin/publications/edit/{id}")).Groups[1].Value;
        await editor.Client.PostFormAsync($"/admin/publications/previewlinks/{id}?handler=RevokePreviewLink", [new("linkId", linkId)], tokenFrom: $"/admin/publications/edit/{id}");

        Assert.Equal(HttpStatusCode.NotFound, (await colleague.GetAsync(link.PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task APreviewLinkExpires()
    {
        var editor = await EditorDesk.SignInAsync(portal);
        var id = await editor.CreateAsync(EditorDesk.Fields(portal.News.Id, "Draft with a short-lived link"));
        var page = await editor.FollowAsync(await editor.ActAsync(id, "CreatePreviewLink"));
        var link = new Uri(LinkOnPage().Match(page).Groups[1].Value);

        portal.Clock.Advance(TimeSpan.FromDays(4));
        try
        {
            Assert.Equal(HttpStatusCode.NotFound, (await portal.CreateClient().GetAsync(link.PathAndQuery)).StatusCode);
        }
        finally
        {
            portal.Clock.Advance(TimeSpan.FromDays(-4));
        }
    }

    [GeneratedRegex("id=\"new-preview-link\">([^<]+)<")]
    private static partial Regex LinkOnPage();

    [GeneratedRegex("name=\"linkId\" value=\"(\\d+)\"")]
    private static partial Regex LinkId();
}
