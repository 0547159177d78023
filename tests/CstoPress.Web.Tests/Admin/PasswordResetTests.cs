using CstoPress.Web.Pages.Account;
using Microsoft.AspNetCore.Hosting;

namespace CstoPress.Web.Tests.Admin;

public class PasswordResetTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private const string NewPassword = "a quieter road to the briefing room";

    [Fact]
    public async Task TheSignInPageOffersTheWayToAResetAndEveryAddressGetsTheSameAnswer()
    {
        var email = await portal.CreateUserAsync(PortalRoles.Editor);
        var client = portal.CookieClient();
        Assert.Contains("href=\"/account/forgot-password\"", await client.GetStringAsync("/account/login"));

        var known = await client.PostFormAsync("/account/forgot-password", [new("Email", email)]);
        var unknown = await client.PostFormAsync("/account/forgot-password", [new("Email", "nobody-" + email)]);

        var knownText = WebUtility.HtmlDecode(await known.Content.ReadAsStringAsync());
        var unknownText = WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Contains(ForgotPasswordModel.Answer, knownText);
        Assert.Contains(ForgotPasswordModel.Answer, unknownText);
        Assert.Single(MailPickup.MessagesTo(portal.MailFolder, email));
        Assert.Empty(MailPickup.MessagesTo(portal.MailFolder, "nobody-" + email));
    }

    [Fact]
    public async Task TheLinkSetsANewPasswordAndEndsTheSessionsSignedInWithTheOldOne()
    {
        var email = await portal.CreateUserAsync(PortalRoles.Editor);
        var elsewhere = portal.CookieClient();
        await elsewhere.SignInAsync(email, SignedInClients.Password);
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync("/admin")).StatusCode);

        var client = portal.CookieClient();
        await client.PostFormAsync("/account/forgot-password", [new("Email", email)]);
        var response = await SetPasswordAsync(client, MailPickup.ResetLinkTo(portal.MailFolder, email), NewPassword);

        Assert.Contains("Your password was changed", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        portal.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.Redirect, (await elsewhere.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await portal.CookieClient().SignInAsync(email, SignedInClients.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await portal.CookieClient().SignInAsync(email, NewPassword)).StatusCode);
    }

    [Fact]
    public async Task ALinkWorksOnce()
    {
        var email = await portal.CreateUserAsync(PortalRoles.Editor);
        var client = portal.CookieClient();
        await client.PostFormAsync("/account/forgot-password", [new("Email", email)]);
        var link = MailPickup.ResetLinkTo(portal.MailFolder, email);
        await SetPasswordAsync(client, link, NewPassword);

        var again = await SetPasswordAsync(client, link, "yet another walk along the river");

        Assert.Contains(ResetPasswordModel.BadLink, WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await portal.CookieClient().SignInAsync(email, NewPassword)).StatusCode);
    }

    [Theory]
    [InlineData("short")]
    [InlineData("password1234")]
    public async Task TheNewPasswordFollowsTheSameRules(string weak)
    {
        var email = await portal.CreateUserAsync(PortalRoles.Editor);
        var client = portal.CookieClient();
        await client.PostFormAsync("/account/forgot-password", [new("Email", email)]);

        var response = await SetPasswordAsync(client, MailPickup.ResetLinkTo(portal.MailFolder, email), weak);

        var text = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain("Your password was changed", text);
        Assert.Contains("error-summary", text);
        Assert.Equal(HttpStatusCode.Redirect, (await portal.CookieClient().SignInAsync(email, SignedInClients.Password)).StatusCode);
    }

    [Fact]
    public async Task AnAdminSendsAResetLinkFromTheUsersPage()
    {
        var admin = await portal.SignedInAsync(PortalRoles.Admin);
        var email = await portal.CreateUserAsync(PortalRoles.Editor);
        var page = await admin.GetStringAsync("/admin/users");
        var userId = System.Text.RegularExpressions.Regex.Match(page,
            "name=\"userId\" value=\"([^\"]+)\">\\s*<button type=\"submit\" class=\"secondary\">Send a reset link<span class=\"visually-hidden\"> to " + System.Text.RegularExpressions.Regex.Escape(email)).Groups[1].Value;

        var response = await admin.PostFormAsync("/admin/users?handler=SendReset", [new("userId", userId)], tokenFrom: "/admin/users");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var link = MailPickup.ResetLinkTo(portal.MailFolder, email);
        var done = await SetPasswordAsync(portal.CookieClient(), link, NewPassword);
        Assert.Contains("Your password was changed", WebUtility.HtmlDecode(await done.Content.ReadAsStringAsync()));
    }

    public static Task<HttpResponseMessage> SetPasswordAsync(HttpClient client, string link, string password) =>
        client.PostFormAsync(link, [new("Input.NewPassword", password), new("Input.ConfirmPassword", password)]);
}

/// <summary>A portal whose reset links expire as soon as they are made, to show that they do expire.</summary>
public class ExpiredResetLinkTests(ExpiredResetLinkTests.ShortLinksPortal portal) : IClassFixture<ExpiredResetLinkTests.ShortLinksPortal>
{
    [Fact]
    public async Task AnExpiredLinkIsRefusedAndThePasswordStays()
    {
        var email = await portal.CreateUserAsync(PortalRoles.Editor);
        var client = portal.CookieClient();
        await client.PostFormAsync("/account/forgot-password", [new("Email", email)]);

        var response = await PasswordResetTests.SetPasswordAsync(client, MailPickup.ResetLinkTo(portal.MailFolder, email), "a quieter road to the briefing room");

        Assert.Contains(ResetPasswordModel.BadLink, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await portal.CookieClient().SignInAsync(email, SignedInClients.Password)).StatusCode);
    }

    public sealed class ShortLinksPortal : SeededPortal
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Accounts:PasswordResetLinkLifetime", "00:00:00");
        }
    }
}
