using Microsoft.Playwright;

namespace CstoPress.Web.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright. Playwright cannot download its own browser on the build
/// machines, so it is pointed at the system one, headless and with no background traffic.
/// </summary>
public static class Chromium
{
    public const string DefaultPath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? DefaultPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        return (playwright, browser);
    }
}
