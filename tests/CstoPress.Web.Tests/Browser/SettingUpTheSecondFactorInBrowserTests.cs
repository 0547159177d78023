using Microsoft.Playwright;

namespace CstoPress.Web.Tests.Browser;

public class SettingUpTheSecondFactorInBrowserTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task AnAdminScansTheCodeTurnsItOnAndSignsInWithIt()
    {
        var email = await portal.CreateUserAsync(PortalRoles.Admin);
        var page = await portal.NewPageAsync();
        var refusals = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                refusals.Add(message.Text);
            }
        };

        await SignInAsync(page, email);
        await page.GetByRole(AriaRole.Link, new() { Name = email }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Set up an authenticator app" }).ClickAsync();
        var qrCode = page.GetByRole(AriaRole.Img, new() { Name = "QR code of the key for an authenticator app" });
        Assert.True(await qrCode.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 100"), "The QR code did not load");
        await page.ScreenshotAsync(new() { Path = Screenshot("two-factor-setup.png"), FullPage = true });
        var key = await page.Locator("kbd.shared-key").InnerTextAsync();

        await page.GetByLabel("Code from the app").FillAsync(Totp.Now(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on the second factor" }).ClickAsync();
        Assert.Equal(10, await page.Locator("ul.recovery-codes li").CountAsync());
        await page.ScreenshotAsync(new() { Path = Screenshot("two-factor-recovery-codes.png"), FullPage = true });

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await SignInAsync(page, email);
        Assert.Contains("/account/login-code", page.Url);
        await page.GetByLabel("6-digit code").FillAsync(Totp.Now(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/admin");
        Assert.Empty(refusals);
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/admin");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(SignedInClients.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForLoadStateAsync();
    }

    private static string Screenshot(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
