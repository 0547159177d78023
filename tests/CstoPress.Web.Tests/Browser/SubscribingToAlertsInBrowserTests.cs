using CstoPress.Web.Tests.Alerts;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CstoPress.Web.Tests.Browser;

/// <summary>
/// A reader subscribes from the footer, confirms from the message, manages and leaves; the press office holds an alert
/// and changes its subject line before it goes. Every page is checked by axe.
/// </summary>
public class SubscribingToAlertsInBrowserTests(AlertsInBrowserPortal portal) : IClassFixture<AlertsInBrowserPortal>
{
    [Fact]
    public async Task AReaderSubscribesConfirmsManagesAndUnsubscribes_ThePressOfficeRetitlesAHeldAlert()
    {
        var email = $"reader-{Guid.NewGuid():N}@example.org";
        var reader = await portal.NewPageAsync();
        await reader.GotoAsync("/");
        await reader.GetByRole(AriaRole.Link, new() { Name = "E-mail alerts" }).ClickAsync();
        await AssertAccessibleAsync(reader);
        await reader.GetByLabel("Your e-mail address").FillAsync(email);
        await reader.GetByRole(AriaRole.Radio, new() { Name = "A section" }).CheckAsync();
        await reader.GetByRole(AriaRole.Combobox, new() { Name = "A section" }).SelectOptionAsync(new SelectOptionValue { Label = "News" });
        await reader.GetByRole(AriaRole.Radio, new() { Name = "at once" }).CheckAsync();
        await reader.GetByRole(AriaRole.Button, new() { Name = "Subscribe" }).ClickAsync();
        await Expect(reader.GetByRole(AriaRole.Status)).ToContainTextAsync("Check your inbox");

        await portal.SendRoundAsync();
        await reader.GotoAsync(AlertsPortal.LinkIn(Assert.Single(portal.Smtp.MessagesTo(email)), "/alerts/confirm"));
        await Expect(reader.GetByRole(AriaRole.Status)).ToContainTextAsync("your alerts about the section “News” (at once) have started");
        await AssertAccessibleAsync(reader);

        var title = "Council meets " + Guid.NewGuid().ToString("N")[..6];
        await portal.AddAsync(new PublicationBuilder(portal.News, title).ScheduledFor(portal.Clock.Now.AddMinutes(-1)).Build());
        await portal.PublishDueAsync();
        var desk = await portal.SignedInPageAsync(await portal.CreateUserAsync(PortalRoles.Editor), "/admin/alerts");
        var row = desk.Locator("tr", new() { HasText = title });
        await Expect(row).ToContainTextAsync("leaves at");
        await row.GetByRole(AriaRole.Button, new() { Name = "Hold" }).ClickAsync();
        await Expect(row).ToContainTextAsync("held by");
        await row.GetByRole(AriaRole.Textbox).FillAsync("Council meets: the decisions");
        await row.GetByRole(AriaRole.Button, new() { Name = "Change the subject" }).ClickAsync();
        await Expect(row.GetByRole(AriaRole.Textbox)).ToHaveValueAsync("Council meets: the decisions");
        await desk.ScreenshotAsync(new() { Path = Screenshots.PathOf("alerts-queue-held.png"), FullPage = true });
        await AssertAccessibleAsync(desk);
        portal.Clock.Advance(TimeSpan.FromMinutes(10));
        await portal.SendRoundAsync();
        Assert.DoesNotContain(portal.Smtp.MessagesTo(email), m => m.Subject!.Contains("Council meets", StringComparison.Ordinal));
        await row.GetByRole(AriaRole.Button, new() { Name = "Let it go" }).ClickAsync();
        await portal.SendRoundAsync();
        var alert = Assert.Single(portal.Smtp.MessagesTo(email), m => m.Subject == "Council meets: the decisions");
        await desk.ReloadAsync();
        await Expect(row).ToContainTextAsync("1 sent, 0 waiting, 0 failed");

        await reader.GotoAsync(AlertsPortal.LinkIn(alert, "/alerts/manage"));
        await Expect(reader.Locator("main")).ToContainTextAsync("the section “News” (at once, English): active");
        await AssertAccessibleAsync(reader);
        await reader.GotoAsync(AlertsPortal.LinkIn(alert, "/alerts/unsubscribe"));
        await Expect(reader.Locator("main")).ToContainTextAsync($"Stop the alerts about the section “News” (at once) to {email}?");
        await AssertAccessibleAsync(reader);
        await reader.GetByRole(AriaRole.Button, new() { Name = "Unsubscribe" }).ClickAsync();
        await Expect(reader.GetByRole(AriaRole.Status)).ToContainTextAsync("You are unsubscribed from the section “News”");
        await reader.ScreenshotAsync(new() { Path = Screenshots.PathOf("alerts-unsubscribed.png"), FullPage = true });
        await reader.GotoAsync(AlertsPortal.LinkIn(alert, "/alerts/manage"));
        await Expect(reader.Locator("main")).ToContainTextAsync("This address follows nothing now.");
    }

    [Fact]
    public async Task TheRussianFormIsAccessibleAndSaysHowLongAddressesAreKept()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/ru/alerts");
        await Expect(page.Locator("main")).ToContainTextAsync("адрес, отписанный от всего, удаляется через 28 дней");
        await AssertAccessibleAsync(page);
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var serious = (await page.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{page.Url} {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})").ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
    }
}
