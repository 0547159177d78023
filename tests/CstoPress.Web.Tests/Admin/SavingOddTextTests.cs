namespace CstoPress.Web.Tests.Admin;

/// <summary>What an editor may paste: oversized or absurdly nested bodies get a message; invisible characters are cleaned.</summary>
public class SavingOddTextTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private int Section => portal.News.Id;

    [Theory]
    [InlineData("too-long")]
    [InlineData("too-deep")]
    public async Task ABodyOverTheLimitsIsRefusedWithAMessageAndTheFormKeepsTheText(string kind)
    {
        var desk = await EditorDesk.SignInAsync(portal);
        var body = kind == "too-long" ? new string('a', 100_001) : string.Concat(Enumerable.Repeat("> ", 60)) + "nested";
        var title = "Odd body " + kind;

        var response = await desk.PostEditAsync(null, EditorDesk.Fields(Section, title, body));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(kind == "too-long" ? "the limit is 100,000" : "at most 20 levels", html);
        Assert.Contains(title, html);
        await portal.WithDatabaseAsync(async db => Assert.False(await db.Publications.AnyAsync(p => p.Title == title)));
    }

    /// <summary>
    /// (A NUL never gets this far: browsers do not send it and the framework's form reader refuses it.)
    /// </summary>
    [Fact]
    public async Task InvisibleCharactersArePutAsideAndTheTextIsSaved()
    {
        var desk = await EditorDesk.SignInAsync(portal);

        var id = await desk.CreateAsync(EditorDesk.Fields(Section, "Pasted\u0001 title\uFFFE", "Body with a control\u0002 character and a bell\u0007."));

        await portal.WithDatabaseAsync(async db =>
        {
            var saved = await db.Publications.SingleAsync(p => p.Id == id);
            Assert.Equal("Pasted title", saved.Title);
            Assert.Equal("Body with a control character and a bell.", saved.Body);
        });
    }
}
