namespace CstoPress.Web.Tests.Admin;

public class EditingConflictTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    [Fact]
    public async Task TheSecondOfTwoEditorsSeesWhatChangedAndKeepsTheirTextNothingIsOverwritten()
    {
        var first = await EditorDesk.SignInAsync(portal);
        var second = await EditorDesk.SignInAsync(portal, PortalRoles.Admin);
        var id = await first.CreateAsync(EditorDesk.Fields(portal.News.Id, "Shared draft", "The original text."));
        var versionBothStartedFrom = await first.VersionAsync(id);

        var firstSave = await first.PostEditAsync(id, EditorDesk.Fields(portal.News.Id, "Shared draft", "The first editor's text.",
            ("Input.Version", versionBothStartedFrom)));
        var secondSave = await second.PostEditAsync(id, EditorDesk.Fields(portal.News.Id, "Shared draft", "The second editor's text.",
            ("Input.Version", versionBothStartedFrom)));
        var conflictPage = WebUtility.HtmlDecode(await secondSave.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, secondSave.StatusCode);
        Assert.Contains("Someone else saved this publication while you were editing it", conflictPage);
        Assert.Contains("<del>- The first editor's text.</del>", conflictPage);
        Assert.Contains("<ins>+ The second editor's text.</ins>", conflictPage);
        Assert.Contains("The second editor's text.</textarea>", conflictPage);
        Assert.Equal("The first editor's text.", await BodyAsync(id));

        // Saving again after seeing the other version is a deliberate choice, and it goes through.
        var version = System.Text.RegularExpressions.Regex.Match(conflictPage, "name=\"Input.Version\" value=\"(\\d+)\"").Groups[1].Value;
        var again = await second.PostEditAsync(id, EditorDesk.Fields(portal.News.Id, "Shared draft", "The second editor's text.", ("Input.Version", version)));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("The second editor's text.", await BodyAsync(id));
    }

    private async Task<string> BodyAsync(int id)
    {
        var body = "";
        await portal.WithDatabaseAsync(async db => body = await db.Publications.Where(p => p.Id == id).Select(p => p.Body).SingleAsync());
        return body;
    }
}
