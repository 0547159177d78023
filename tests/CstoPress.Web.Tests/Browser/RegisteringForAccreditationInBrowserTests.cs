using CstoPress.Web.Journalists;
using CstoPress.Web.Tests.Journalists;
using Deque.AxeCore.Playwright;
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

    [Fact]
    public async Task AnAccreditedJournalistSetsTheTimeZoneAndMakesAFeedAddressOnAnAccessiblePage()
    {
        var journalist = await portal.AccreditAsync(name: "Browser Correspondent");
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.SignInAsync(journalist.Email);
        await page.WaitForURLAsync("**/journalists/accreditation");

        await page.GetByLabel("Your time zone").SelectOptionAsync("Europe/Berlin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the time zone" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("in Europe/Berlin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Make a new feed address" }).ClickAsync();
        var address = await page.GetByLabel("Your feed address, shown only now").InputValueAsync();
        await page.ScreenshotAsync(new() { Path = Screenshots.PathOf("your-accreditation.png"), FullPage = true });

        Assert.Matches($"^{Regex.Escape(portal.Address)}/journalists/feed/[A-Za-z0-9_-]{{43}}$", address);
        var serious = (await page.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}").ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
    }
}
