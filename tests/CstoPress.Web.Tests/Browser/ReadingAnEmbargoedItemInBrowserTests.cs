using CstoPress.Core.Journalists;
using CstoPress.Web.Tests.Journalists;
using Microsoft.Playwright;

namespace CstoPress.Web.Tests.Browser;

/// <summary>An accredited journalist signs in and reads an embargoed release in the real Chromium.</summary>
public class ReadingAnEmbargoedItemInBrowserTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task AJournalistSignsInAndReadsTheReleaseMarkedForThem()
    {
        Publication item = new PublicationBuilder(portal.News, "Foreign ministers adopt a joint statement")
            .WithBody("The ministers **adopted** a joint statement on regional security.")
            .UnderEmbargo(PortalFactory.StartTime.AddHours(20), "Call the press office for the full text of the annex.");
        await portal.AddAsync(item);
        var journalist = await portal.AccreditAsync(name: "Browser Correspondent");
        var problems = new List<string>();

        var page = await portal.SignedInPageAsync(journalist.Email, portal.Address + "/journalists/embargoed");
        page.Console += (_, message) => { if (message.Type == "error") { problems.Add(message.Text); } };
        await page.GetByRole(AriaRole.Link, new() { Name = item.Title }).ClickAsync();
        await page.WaitForURLAsync($"**/journalists/embargoed/{item.Id}");

        Assert.Equal(item.Title, await page.TextContentAsync("h1"));
        Assert.Equal("EMBARGOED UNTIL 27.07.2024 11:00 Moscow (08:00 UTC)", (await page.TextContentAsync(".embargo-line"))?.Trim());
        Assert.True(await page.GetByText("Call the press office for the full text of the annex.").IsVisibleAsync());
        Assert.Equal("adopted", await page.TextContentAsync(".body strong"));
        Assert.Contains(RecipientCodes.Printed(journalist.RecipientCode), await page.TextContentAsync(".embargo-footer"));
        Assert.Empty(problems);

        var publicPage = await portal.NewPageAsync();
        var response = await publicPage.GotoAsync(portal.Address + "/news/" + item.Slug);
        Assert.Equal(404, response!.Status);
    }
}
