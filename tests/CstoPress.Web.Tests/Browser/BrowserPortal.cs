using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Playwright;

namespace CstoPress.Web.Tests.Browser;

/// <summary>
/// The seeded portal on a real loopback port, and Debian's Chromium driven by Playwright.
/// Used as a class fixture by the browser tests; each test opens its own <see cref="NewPageAsync"/>.
/// </summary>
public class BrowserPortal : SeededPortal
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The portal's address without the trailing slash, for building URLs by hand.</summary>
    public string Address => BaseUrl.TrimEnd('/');

    public override async Task InitializeAsync()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        await base.InitializeAsync();
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        (_playwright, Browser) = await Chromium.LaunchAsync();
    }

    /// <summary>A fresh browser context (its own cookies) with a page at the portal's address.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "en-GB" });
        return await context.NewPageAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
