using Microsoft.Playwright;

namespace CstoPress.Web.Tests.Browser;

/// <summary>Signing in through the real sign-in form, as an editor does.</summary>
public static class BrowserSignIn
{
    /// <summary>Fills and sends the sign-in form shown on <paramref name="page"/>.</summary>
    public static async Task SignInAsync(this IPage page, string email)
    {
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(SignedInClients.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>A fresh browser, signed in, on <paramref name="address"/>.</summary>
    public static async Task<IPage> SignedInPageAsync(this BrowserPortal portal, string email, string address)
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync(address);
        await page.SignInAsync(email);
        await page.WaitForURLAsync("**" + address);
        return page;
    }
}
