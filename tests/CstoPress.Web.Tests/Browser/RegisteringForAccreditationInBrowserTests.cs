using CstoPress.Web.Journalists;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CstoPress.Web.Tests.Browser;

public class RegisteringForAccreditationInBrowserTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task AJournalistFindsTheFormFromTheFooterCorrectsAMistakeAndConfirmsTheAddress()
    {
        var workEmail = $"reporter-{Guid.NewGuid():N}@outlet.example.org";
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Accreditation with the press office" }).ClickAsync();

        await page.GetByLabel("Full name").FillAsync("Anna Petrova");
        await page.GetByLabel("Outlet").FillAsync("Baltic Wire");
        await page.GetByLabel("Country").FillAsync("Latvia");
        await page.GetByLabel("Work e-mail address").FillAsync(workEmail);
        await page.GetByLabel("I have read the embargo terms").CheckAsync();
        portal.Clock.Advance(TimeSpan.FromSeconds(30));
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the request" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Enter your position at the outlet.");
        Assert.Equal("Baltic Wire", await page.GetByLabel("Outlet").InputValueAsync());
        Assert.True(await page.GetByLabel("I have read the embargo terms").IsCheckedAsync(), "The tick was lost");
        Assert.True((await page.Locator("#Input_Website").BoundingBoxAsync())!.X < 0, "The trap field shows");
        await page.ScreenshotAsync(new() { Path = Screenshots.PathOf("register-with-a-mistake.png"), FullPage = true });

        await page.GetByLabel("Position").FillAsync("Correspondent");
        portal.Clock.Advance(TimeSpan.FromSeconds(30));
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the request" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Check your mailbox");
        await page.ScreenshotAsync(new() { Path = Screenshots.PathOf("register-sent.png"), FullPage = true });

        await page.GotoAsync(MailPickup.LinkTo(portal.MailFolder, workEmail, EmailConfirmation.Path));
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("your request has reached the press office");
    }
}
